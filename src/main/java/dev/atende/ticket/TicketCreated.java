package dev.atende.ticket;

/** A ticket was opened, on any channel. */
public record TicketCreated(long ticketId, long number, long customerId, long groupId, Channel channel) {
}
