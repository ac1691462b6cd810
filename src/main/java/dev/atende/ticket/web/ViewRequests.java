package dev.atende.ticket.web;

import dev.atende.shared.Change;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.TicketViewInput;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Reads a saved view from JSON as a change to apply: on create to an empty view, on PATCH to the
 * view as saved, so the fields absent stay as they were (inside {@code filters} too).
 */
final class ViewRequests {

    private ViewRequests() {
    }

    static UnaryOperator<TicketViewInput> read(JsonNode body) {
        var in = new PatchReader(body);
        Change<String> name = in.string("name", 1000, true);
        Change<String> sharing = in.string("sharing", 64, true);
        var sharedWith = in.ids("sharedWith", 1000);
        var columns = in.strings("columns", 50, 64);
        Change<String> sort = in.string("sort", 64, true);
        in.accept("filters");
        JsonNode filterNode = body.get("filters");
        Filters filters = filterNode == null || filterNode.isNull() ? Filters.NONE : Filters.read(filterNode);
        in.done();
        return base -> new TicketViewInput(or(name, base.name()), or(sharing, base.sharing()),
                or(sharedWith, base.sharedWith()), or(filters.statuses, base.statuses()), or(filters.group, base.group()),
                or(filters.assignee, base.assignee()), or(filters.priority, base.priority()),
                or(filters.channel, base.channel()), or(filters.category, base.category()), or(filters.tags, base.tags()),
                or(filters.dueWithinMinutes, base.dueWithinMinutes()),
                or(filters.updatedWithinHours, base.updatedWithinHours()), or(columns, base.columns()),
                or(sort, base.sort()));
    }

    private static <T> T or(Change<T> change, T fallback) {
        return change.present() ? change.value() : fallback;
    }

    private record Filters(Change<java.util.List<String>> statuses, Change<Long> group, Change<String> assignee,
            Change<String> priority, Change<String> channel, Change<Long> category,
            Change<java.util.List<String>> tags, Change<Integer> dueWithinMinutes, Change<Integer> updatedWithinHours) {

        static final Filters NONE = new Filters(Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent());

        static Filters read(JsonNode node) {
            var in = new PatchReader(node, "filters");
            var filters = new Filters(in.strings("statuses", 20, 64), in.id("group"), in.string("assignee", 64, true),
                    in.string("priority", 64, true), in.string("channel", 64, true), in.id("category"),
                    in.strings("tags", 50, 64), in.integer("dueWithinMinutes"), in.integer("updatedWithinHours"));
            in.done();
            return filters;
        }
    }
}
