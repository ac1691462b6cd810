package dev.atende.ticket;

import java.util.List;

/**
 * A saved view as a person typed it (form or JSON), before it is checked: codes and ids as
 * given, null for "any" (or, for columns and sort, for the defaults). {@code assignee}: "me",
 * "none", "anyone" or a user id.
 */
public record TicketViewInput(String name, String sharing, List<Long> sharedWith, List<String> statuses, Long group,
        String assignee, String priority, String channel, Long category, List<String> tags,
        Integer dueWithinMinutes, Integer updatedWithinHours, List<String> columns, String sort) {

    /** The input that saves this view again unchanged: the base of a partial update. */
    static TicketViewInput of(TicketView view) {
        return new TicketViewInput(view.name(), view.sharing().code(), List.copyOf(view.sharedWith()),
                view.statuses().stream().map(TicketStatus::code).toList(), view.groupId(), view.assignee(),
                view.priority() == null ? null : view.priority().code(),
                view.channel() == null ? null : view.channel().code(), view.categoryId(), view.tags(),
                view.dueWithinMinutes(), view.updatedWithinHours(), view.columns(), view.sort());
    }
}
