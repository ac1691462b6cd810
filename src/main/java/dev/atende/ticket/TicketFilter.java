package dev.atende.ticket;

import java.util.List;

/**
 * What to list: any field may be null for "any". {@code assignee} is an id, "me" or "none";
 * {@code sort} a field name, "-" in front for descending. {@code dueBefore}: the next SLA deadline
 * comes before this time (missed ones included); {@code updatedSince}: changed since this time;
 * {@code tags}: every one of them on the ticket.
 */
public record TicketFilter(List<TicketStatus> statuses, Priority priority, Long groupId, String assignee,
        Long customerId, String query, String sort, java.time.Instant dueBefore, java.time.Instant updatedSince,
        Channel channel, Long categoryId, List<String> tags) {

    public TicketFilter(List<TicketStatus> statuses, Priority priority, Long groupId, String assignee,
            Long customerId, String query, String sort, java.time.Instant dueBefore, java.time.Instant updatedSince) {
        this(statuses, priority, groupId, assignee, customerId, query, sort, dueBefore, updatedSince, null, null,
                null);
    }

    public TicketFilter(List<TicketStatus> statuses, Priority priority, Long groupId, String assignee,
            Long customerId, String query, String sort) {
        this(statuses, priority, groupId, assignee, customerId, query, sort, null, null);
    }

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, null, null, null);
    }

    /** The same filter sorted otherwise. */
    public TicketFilter sortedBy(String otherSort) {
        return new TicketFilter(statuses, priority, groupId, assignee, customerId, query, otherSort, dueBefore,
                updatedSince, channel, categoryId, tags);
    }
}
