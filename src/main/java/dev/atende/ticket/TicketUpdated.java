package dev.atende.ticket;

import java.util.List;

/**
 * Fields of a ticket changed (status changes also publish {@link TicketStatusChanged}).
 * {@code origin} names what changed it when no person did (e.g. {@code "trigger:3"}), else null.
 */
public record TicketUpdated(long ticketId, Long actorId, List<FieldChange> changes, String origin) {

    public TicketUpdated(long ticketId, Long actorId, List<FieldChange> changes) {
        this(ticketId, actorId, changes, null);
    }
}
