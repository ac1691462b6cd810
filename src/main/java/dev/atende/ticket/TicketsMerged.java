package dev.atende.ticket;

/**
 * Ticket {@code sourceId} was merged into {@code targetId} by {@code actorId}: the source is
 * closed and points at the target, whose timeline holds copies of the source's articles.
 * Channels follow it (e-mail: replies to the source's thread land on the target).
 */
public record TicketsMerged(long sourceId, long sourceNumber, long targetId, long targetNumber, Long actorId,
        long sourceCustomerId, long targetCustomerId) {
}
