package dev.atende.survey;

import java.time.Instant;

/**
 * A customer rated a solved ticket (published after the answer is stored, in its transaction).
 * {@code assigneeId}: who held the ticket when it was solved (null: nobody); {@code update}: the
 * customer changed an earlier answer.
 */
public record TicketRated(long ticketId, long customerId, Long assigneeId, int score, boolean good, String comment,
        Instant ratedAt, boolean update) {
}
