package dev.atende.ticket;

/** A ticket moved from one status to another. */
public record TicketStatusChanged(long ticketId, TicketStatus from, TicketStatus to) {
}
