package dev.atende.knowledge;

import java.util.List;

/**
 * One page of found articles. {@code approximate}: no article had every word as typed, so these
 * are the closest (words with a typo forgiven, or only some of the words).
 */
public record KbSearchResults(List<KbHit> items, long total, boolean approximate) {

    public KbSearchResults {
        items = List.copyOf(items);
    }

    public static KbSearchResults none() {
        return new KbSearchResults(List.of(), 0, false);
    }
}
