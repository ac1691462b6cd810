package dev.atende.reporting;

import java.time.Instant;

/** One bucket of a trend: tickets created and solved in it, median times, CSAT (null without ratings). */
public record TrendPoint(Instant from, Instant to, long created, long solved, Double firstResponseMedian,
        Double resolutionMedian, Double csatScore) {
}
