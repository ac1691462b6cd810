package dev.atende.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where reports read customers' ratings (the survey module implements it). Without an
 * implementation the CSAT figures are absent (null), never zero.
 */
public interface RatingSource {

    /**
     * A ticket's survey and its answer: when the (first) survey request was sent, and the rating
     * if the customer gave one ({@code score} 1 to 5, {@code good} on the good/bad scale).
     */
    record TicketRating(Instant surveySentAt, Integer score, Boolean good, Instant ratedAt) {

        public TicketRating {
            if (score != null && (score < 1 || score > 5)) {
                throw new IllegalArgumentException("a score is 1 to 5");
            }
            if ((score == null) != (ratedAt == null) || (score == null) != (good == null)) {
                throw new IllegalArgumentException("a rating has a score, good or bad, and a time");
            }
        }
    }

    /** The surveys and ratings of these tickets (tickets never surveyed are absent). */
    Map<Long, TicketRating> ratings(Collection<Long> ticketIds);

    /** Tickets whose survey was sent or whose rating was given or changed in {@code [from, to)}. */
    List<Long> changedBetween(Instant from, Instant to);
}
