package dev.atende.ticket;

import java.util.List;

/** Fields of a ticket changed (status changes also publish {@link TicketStatusChanged}). */
public record TicketUpdated(long ticketId, Long actorId, List<FieldChange> changes) {
}
