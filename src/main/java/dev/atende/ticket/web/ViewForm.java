package dev.atende.ticket.web;

import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketView;
import dev.atende.ticket.TicketViewInput;
import java.util.List;

/**
 * The saved-view form as posted: numbers as text, so that "abc" is a field error on the page
 * rather than a failed binding.
 */
record ViewForm(String name, String sharing, List<Long> sharedWith, List<String> statuses, String group,
        String assignee, String priority, String channel, String category, String tags, String dueWithinMinutes,
        String updatedWithinHours, List<String> columns, String sort) {

    static ViewForm empty() {
        return new ViewForm("", "personal", List.of(), List.of("new", "open"), "", "anyone", "", "", "", "", "", "",
                TicketView.DEFAULT_COLUMNS, TicketView.DEFAULT_SORT);
    }

    static ViewForm of(TicketView v) {
        return new ViewForm(v.name(), v.sharing().code(), List.copyOf(v.sharedWith()),
                v.statuses().stream().map(TicketStatus::code).toList(), text(v.groupId()),
                v.assignee() == null ? "anyone" : v.assignee(), v.priority() == null ? "" : v.priority().code(),
                v.channel() == null ? "" : v.channel().code(), text(v.categoryId()), String.join(", ", v.tags()),
                text(v.dueWithinMinutes()), text(v.updatedWithinHours()), v.columns(), v.sort());
    }

    TicketViewInput input() {
        var problems = new InvalidInputException.Collector();
        Long groupId = id("group", group, problems);
        Long categoryId = id("category", category, problems);
        Integer due = number("dueWithinMinutes", dueWithinMinutes, problems);
        Integer updated = number("updatedWithinHours", updatedWithinHours, problems);
        problems.throwIfAny();
        return new TicketViewInput(name, blank(sharing), sharedWith, statuses, groupId, blank(assignee), blank(priority),
                blank(channel), categoryId, TicketForms.tags(tags), due, updated, columns, blank(sort));
    }

    private static String blank(String value) {
        return TicketForms.blankToNull(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Long id(String field, String raw, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("\\d{1,18}")) {
            problems.add(field, "error.field.id");
            return null;
        }
        return Long.parseLong(raw.strip());
    }

    private static Integer number(String field, String raw, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("\\d{1,9}")) {
            problems.add(field, "error.field.integer");
            return null;
        }
        return Integer.parseInt(raw.strip());
    }
}
