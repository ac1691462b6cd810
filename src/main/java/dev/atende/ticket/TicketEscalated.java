package dev.atende.ticket;

/**
 * A ticket was handed to another support level: up ({@code upward}) or back down, by a person
 * ({@code actorId}) or by the system (null), for the reason given.
 */
public record TicketEscalated(long ticketId, Long actorId, long fromGroupId, long toGroupId, boolean upward,
        String reason) {
}
