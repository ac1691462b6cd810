package dev.atende.automation.web;

import dev.atende.automation.CannedResponse;
import dev.atende.automation.Macro;
import dev.atende.automation.RuleRun;
import dev.atende.automation.ScheduledRule;
import dev.atende.automation.Trigger;
import dev.atende.automation.internal.RuleJson;
import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import dev.atende.identity.OrganizationRef;
import dev.atende.identity.UserRef;
import dev.atende.ticket.Category;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The automation API's JSON shapes. */
@Component
class AutomationJson {

    private final Directory directory;
    private final TicketManagement tickets;

    AutomationJson(Directory directory, TicketManagement tickets) {
        this.directory = directory;
        this.tickets = tickets;
    }

    @Schema(name = "Trigger")
    record TriggerView(long id, String name,
            @Schema(allowableValues = {"ticket.created", "ticket.updated", "article.added", "sla.warning",
                    "sla.breached", "ticket.rated"}) String event,
            JsonNode conditions, JsonNode actions, boolean active, int order,
            @Schema(description = "when it last acted on a ticket (or failed to)") Instant lastRunAt,
            Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "ScheduledRule")
    record ScheduleView(long id, String name, JsonNode conditions, JsonNode actions, boolean active, int order,
            Instant lastRunAt, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "Macro")
    record MacroView(long id, String name, JsonNode actions, boolean active, Instant lastRunAt) {
    }

    @Schema(name = "CannedResponse")
    record CannedView(long id, String name, String body, @Schema(nullable = true, allowableValues = {"pt-BR", "en"},
            description = "null: every language") String locale) {
    }

    @Schema(name = "RuleRun")
    record RunView(long id, Long ticketId, Instant ranAt,
            @Schema(allowableValues = {"applied", "failed", "stopped"}) String outcome, String detail) {
    }

    record CategoryRef(long id, String name) {
    }

    /** The ticket as the ticket API shows it (macros answer the changed ticket). */
    @Schema(name = "MacroResult")
    record TicketView(long id, String number, String subject, TicketStatus status, Priority priority, Channel channel,
            UserRef customer, OrganizationRef organization, GroupRef group, UserRef assignee, CategoryRef category,
            Set<String> tags, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt,
            long version) {
    }

    TriggerView trigger(Trigger t, Instant lastRun) {
        return new TriggerView(t.id(), t.name(), t.event().code(), RuleJson.parse(t.conditionsJson()),
                RuleJson.parse(t.actionsJson()), t.isActive(), t.order(), lastRun, t.createdAt(), t.updatedAt());
    }

    ScheduleView schedule(ScheduledRule r, Instant lastRun) {
        return new ScheduleView(r.id(), r.name(), RuleJson.parse(r.conditionsJson()), RuleJson.parse(r.actionsJson()),
                r.isActive(), r.order(), lastRun, r.createdAt(), r.updatedAt());
    }

    MacroView macro(Macro m, Instant lastRun) {
        return new MacroView(m.id(), m.name(), RuleJson.parse(m.actionsJson()), m.isActive(), lastRun);
    }

    @Schema(name = "BulkMacroBody")
    record BulkIdsBody(@Schema(description = "1 to 100 ticket ids", requiredMode = Schema.RequiredMode.REQUIRED)
            List<Long> ids) {
    }

    /** As the ticket module's bulk answer (BulkResult): counts, and each id updated or skipped with why. */
    @Schema(name = "BulkMacroResult")
    record BulkView(long updated, long skipped, List<OutcomeView> results) {

        static BulkView of(dev.atende.ticket.BulkResult result, org.springframework.context.MessageSource messages,
                java.util.Locale locale) {
            return new BulkView(result.updated(), result.skipped(), result.outcomes().stream()
                    .map(o -> new OutcomeView(o.ticketId(), o.updated() ? "updated" : "skipped", o.field(),
                            o.reason() == null ? null : o.reason().substring(o.reason().lastIndexOf('.') + 1),
                            o.reason() == null ? null : messages.getMessage(o.reason(), o.args(), o.reason(), locale)))
                    .toList());
        }
    }

    @Schema(name = "BulkMacroOutcome")
    record OutcomeView(long id, @Schema(allowableValues = {"updated", "skipped"}) String outcome, String field,
            String reason, String message) {
    }

    static CannedView canned(CannedResponse c) {
        return new CannedView(c.id(), c.name(), c.body(), c.locale());
    }

    static List<RunView> runs(List<RuleRun> runs) {
        return runs.stream().map(r -> new RunView(r.id(), r.ticketId(), r.ranAt(), r.outcome(), r.detail())).toList();
    }

    TicketView ticket(Ticket t) {
        Map<Long, UserRef> users = directory.users(t.assigneeId() == null ? List.of(t.customerId())
                : List.of(t.customerId(), t.assigneeId()));
        GroupRef group = directory.groups(List.of(t.groupId())).get(t.groupId());
        OrganizationRef organization = t.organizationId() == null ? null
                : directory.organizations(List.of(t.organizationId())).get(t.organizationId());
        CategoryRef category = t.categoryId() == null ? null : tickets.categories().stream()
                .filter(c -> c.id().equals(t.categoryId())).map((Category c) -> new CategoryRef(c.id(), c.name()))
                .findFirst().orElse(null);
        return new TicketView(t.id(), Long.toString(t.number()), t.subject(), t.status(), t.priority(), t.channel(),
                users.get(t.customerId()), organization, group, t.assigneeId() == null ? null : users.get(t.assigneeId()),
                category, t.tags().stream().collect(Collectors.toCollection(java.util.TreeSet::new)), t.createdAt(),
                t.updatedAt(), t.firstResponseAt(), t.solvedAt(), t.version());
    }
}
