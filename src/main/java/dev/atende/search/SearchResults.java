package dev.atende.search;

import java.util.List;

/**
 * One page of results of one type. {@code total} is exact up to {@link #EXACT_TOTAL_UP_TO}, and a
 * lower bound beyond ({@code totalExact} false): counting millions of matches exactly would
 * slow every search for a number nobody reads.
 */
public record SearchResults(String type, long total, boolean totalExact, List<SearchHit> items) {

    public static final int EXACT_TOTAL_UP_TO = 10_000;

    public SearchResults {
        items = List.copyOf(items);
    }

    public static SearchResults none(String type) {
        return new SearchResults(type, 0, true, List.of());
    }
}
