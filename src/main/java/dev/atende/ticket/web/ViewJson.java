package dev.atende.ticket.web;

import dev.atende.identity.UserRef;
import dev.atende.ticket.BulkResult;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/** Saved views and bulk results in JSON. */
final class ViewJson {

    private ViewJson() {
    }

    @Schema(name = "SavedView")
    record ViewView(long id, String name, UserRef owner, String sharing, Set<Long> sharedWith, Filters filters,
            List<String> columns, String sort,
            @Schema(description = "whether the caller may change or delete it") boolean editable,
            Instant createdAt, Instant updatedAt) {

        static ViewView of(TicketView v, UserRef owner, boolean editable) {
            return new ViewView(v.id(), v.name(), owner, v.sharing().code(), v.sharedWith(),
                    new Filters(v.statuses().stream().map(TicketStatus::code).toList(), v.groupId(),
                            v.assignee() == null ? "anyone" : v.assignee(),
                            v.priority() == null ? null : v.priority().code(),
                            v.channel() == null ? null : v.channel().code(), v.categoryId(), v.tags(),
                            v.dueWithinMinutes(), v.updatedWithinHours()),
                    v.columns(), v.sort(), editable, v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "SavedViewFilters", description = "Every filter narrows the list; absent or null means any")
    record Filters(
            @Schema(description = "status codes; empty: any") List<String> statuses,
            @Schema(description = "group id") Long group,
            @Schema(description = "`me` (whoever runs the view), `none` (unassigned), `anyone`, or a user id")
            String assignee,
            @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
            @Schema(allowableValues = {"web", "email", "phone", "chat", "api", "messaging", "monitoring"})
            String channel,
            @Schema(description = "category id") Long category,
            @Schema(description = "at most 10; a ticket must carry every one") List<String> tags,
            @Schema(description = "the next SLA deadline within this many minutes, or missed (0: missed only)")
            Integer dueWithinMinutes,
            @Schema(description = "changed within this many hours") Integer updatedWithinHours) {
    }

    /** The request body as the OpenAPI description shows it (the controller reads it field by field). */
    @Schema(name = "SavedViewBody", description = "On PATCH only the fields present change, inside filters too")
    record ViewBody(
            @Schema(maxLength = 80, requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(allowableValues = {"personal", "groups", "everyone"}, defaultValue = "personal",
                    description = "sharing is for admins") String sharing,
            @Schema(description = "group ids, with sharing `groups`") List<Long> sharedWith,
            Filters filters,
            @Schema(description = "from: number, subject, customer, group, assignee, status, priority, updated,"
                    + " created, due") List<String> columns,
            @Schema(description = "one of -updatedAt, updatedAt, -createdAt, createdAt, due, -due, -priority,"
                    + " priority, -number, number", defaultValue = "-updatedAt") String sort) {
    }

    @Schema(name = "TicketWindow", description = "A page of tickets, not counted: hasNext says whether more follow")
    record Window<T>(List<T> items, int page, int size, boolean hasNext) {
    }

    @Schema(name = "BulkBody")
    record BulkBody(
            @Schema(description = "1 to 100 ticket ids", requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BulkChangesBody changes) {
    }

    record BulkMergeBody(
            @Schema(description = "1 to 100 ticket ids", requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids,
            @Schema(description = "the id of the ticket they are merged into", requiredMode = Schema.RequiredMode.REQUIRED)
            Long into) {
    }

    @Schema(name = "BulkChanges", description = "At least one; absent fields are left alone")
    record BulkChangesBody(
            @Schema(allowableValues = {"new", "open", "pending", "on_hold", "solved", "closed"}) String status,
            @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
            @Schema(nullable = true, description = "an agent's id; null unassigns") Long assignee,
            List<String> addTags, List<String> removeTags) {
    }

    @Schema(name = "BulkResult")
    record BulkView(long updated, long skipped, List<OutcomeView> results) {

        static BulkView of(BulkResult result, MessageSource messages, Locale locale) {
            return new BulkView(result.updated(), result.skipped(), result.outcomes().stream()
                    .map(o -> new OutcomeView(o.ticketId(), o.updated() ? "updated" : "skipped", o.field(),
                            o.reason() == null ? null : reasonCode(o.reason()),
                            o.reason() == null ? null : messages.getMessage(o.reason(), o.args(), o.reason(), locale)))
                    .toList());
        }

        /** "error.ticket.notFound" → "notFound": what a script compares. */
        private static String reasonCode(String messageCode) {
            return messageCode.substring(messageCode.lastIndexOf('.') + 1);
        }
    }

    @Schema(name = "BulkOutcome")
    record OutcomeView(long id, @Schema(allowableValues = {"updated", "skipped"}) String outcome,
            @Schema(description = "the field that refused the change, if one did") String field,
            @Schema(description = "why it was skipped: notFound (not visible to the caller), closed, ...") String reason,
            String message) {
    }
}
