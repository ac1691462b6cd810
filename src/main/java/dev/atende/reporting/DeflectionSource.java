package dev.atende.reporting;

import java.time.Instant;

/**
 * Where reports read the help center's deflection (the knowledge module implements it): of the
 * customers who started a request on the web and were shown suggested articles, how many left
 * without sending it. Without an implementation the deflection rate is absent (null).
 *
 * <p>Deflection rate = deflected / (deflected + web requests created), over the period.
 */
public interface DeflectionSource {

    /** Requests abandoned after a suggestion (deflected) and suggestion sessions, in {@code [from, to)}. */
    Counts counts(Instant from, Instant to);

    record Counts(long deflected, long suggestionSessions) {
    }
}
