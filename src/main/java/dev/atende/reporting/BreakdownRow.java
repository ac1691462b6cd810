package dev.atende.reporting;

/** Volumes of one value of a dimension (a channel, a group...): {@code key} is its code or id, null for none. */
public record BreakdownRow(String key, String label, long created, long solved, Double firstResponseMedian,
        Double resolutionMedian) {
}
