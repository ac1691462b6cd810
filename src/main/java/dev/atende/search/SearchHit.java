package dev.atende.search;

import java.time.Instant;
import java.util.Map;

/**
 * One result. {@code title} and {@code snippet} are HTML-escaped text in which only
 * {@code <mark>} marks the matched words, so pages may show them as they are.
 * {@code details}: a few fields of the type (a ticket's number and status, a person's e-mail...).
 */
public record SearchHit(String type, long id, String title, String snippet, String url, Instant updatedAt,
        Map<String, Object> details) {

    public SearchHit {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
