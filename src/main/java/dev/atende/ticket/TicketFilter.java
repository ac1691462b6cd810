package dev.atende.ticket;

import java.util.List;

/**
 * What to list: any field may be null for "any". {@code assignee} is an id, "me" or "none";
 * {@code sort} a field name, "-" in front for descending.
 */
public record TicketFilter(List<TicketStatus> statuses, Priority priority, Long groupId, String assignee,
        Long customerId, String query, String sort) {

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, null, null, null);
    }
}
