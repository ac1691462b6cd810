package dev.atende.survey;

import java.time.Instant;

/**
 * A ticket's latest rating: the score (1-5; good/bad as 5 or 1), whether it counts as good, the
 * customer's comment (plain text, escaped wherever shown), when it was given, on which scale,
 * how many times it was changed, who gave it and who held the ticket when it was solved.
 */
public record Rating(long ticketId, int score, boolean good, String comment, Instant ratedAt, SurveyScale scale,
        int updates, long customerId, Long agentId) {
}
