package dev.atende.automation.web;

import dev.atende.automation.CannedResponseManagement;
import dev.atende.automation.RuleChanges;
import dev.atende.shared.Change;
import dev.atende.shared.FieldProblem;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads rule and canned-response bodies field by field (absent apart from null, every problem in
 * one 422); the records below document the bodies in OpenAPI.
 */
final class RuleRequests {

    private RuleRequests() {
    }

    static RuleChanges rule(JsonNode body) {
        var problems = new InvalidInputException.Collector();
        var in = new PatchReader(body);
        var name = in.string("name", 100, false);
        var event = in.string("event", 32, false);
        var active = in.bool("active");
        in.accept("conditions", "actions", "order");
        Change<JsonNode> conditions = body.has("conditions") ? Change.to(body.get("conditions")) : Change.absent();
        Change<JsonNode> actions = body.has("actions") ? Change.to(body.get("actions")) : Change.absent();
        Change<Integer> order = Change.absent();
        if (body.has("order")) {
            JsonNode node = body.get("order");
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                order = Change.to(node.asInt());
            } else {
                problems.add("order", "error.automation.order", 1_000_000);
            }
        }
        List<FieldProblem> found = new java.util.ArrayList<>();
        try {
            in.done();
        } catch (InvalidInputException e) {
            found.addAll(e.fieldProblems());
        }
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            found.addAll(e.fieldProblems());
        }
        return new RuleChanges(name, event, conditions, actions, active, order, found);
    }

    static CannedResponseManagement.Changes canned(JsonNode body) {
        var problems = new InvalidInputException.Collector();
        var in = new PatchReader(body);
        var name = in.string("name", 100, false);
        in.accept("body");
        Change<String> text = Change.absent();
        if (body.has("body")) {
            JsonNode node = body.get("body");
            if (node.isNull() || node.isString()) {
                text = Change.to(node.isNull() ? null : node.asString());
            } else {
                problems.add("body", "error.field.string");
            }
        }
        var locale = in.string("locale", 16, true);
        collect(in, problems);
        problems.throwIfAny();
        return new CannedResponseManagement.Changes(name, text, locale);
    }

    private static void collect(PatchReader in, InvalidInputException.Collector problems) {
        try {
            in.done();
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
        }
    }

    @Schema(name = "TriggerBody", description = """
            Create: name, event and actions are required. Change: only the fields present change; the
            whole trigger is checked again. Conditions: {"all": [...], "any": [...]}, each
            {"field", "op", "value"}. Fields: status, priority, channel, article.sender (codes; ops is,
            is_not); group, assignee, category, customer, organization (ids, null for none; is, is_not);
            tags (contains, not_contains); subject, customer.email, customer.name, article.body (is,
            is_not, contains, not_contains, starts_with, ends_with, matches: a wildcard pattern with *
            and ?, no regular expressions); article.internal (is, boolean); minutes_since_created,
            minutes_since_updated, minutes_since_customer_reply (gt, lt, whole minutes). On
            ticket.updated also changed (no value) and changed_to on status, priority, group, assignee,
            category, tags, subject. Article fields only on ticket.created (the opening message) and
            article.added. Actions: {"type": "set", "field": status|priority|group|assignee|category,
            "value"}, {"type": "add_tags"|"remove_tags", "value": [...]}, {"type": "note", "body"},
            {"type": "reply", "body"} (an automatic public reply the customer is mailed),
            {"type": "notify", "to": customer|assignee|group, "subject"?, "body"}, {"type": "escalate",
            "reason"?}. Texts take placeholders {{customer.name}}, {{customer.email}}, {{ticket.number}},
            {{ticket.subject}}, {{ticket.status}}, {{ticket.priority}}, {{ticket.group}}, {{agent.name}},
            {{agent.email}}, {{organization.name}}; others are refused. sla.warning and sla.breached
            fire when an SLA policy's warning share of a target is used up or a target is missed. ticket.rated
            fires when a customer rates a solved ticket (or changes the rating); only its triggers test
            rating.score (1-5, is|is_not|gt|lt; good/bad gives 5 or 1), rating.good (true|false) and
            rating.comment (text), e.g. reopen on {"field": "rating.good", "op": "is", "value": false}. A trigger's own changes do not fire
            it again; a chain of triggers stops after 5.""")
    record TriggerBody(@Schema(maxLength = 100) String name,
            @Schema(allowableValues = {"ticket.created", "ticket.updated", "article.added", "sla.warning",
                    "sla.breached", "ticket.rated"}) String event,
            @Schema(description = "{\"all\": [conditions], \"any\": [conditions]}; at most 50 each")
            Map<String, List<Map<String, Object>>> conditions,
            @Schema(description = "at most 30") List<Map<String, Object>> actions,
            @Schema(defaultValue = "true") Boolean active,
            @Schema(defaultValue = "0", description = "lower runs first") Integer order) {
    }

    @Schema(name = "ScheduledRuleBody", description = """
            Like a trigger without event; conditions are required (a rule with none would act on every
            ticket), usually with a time field, e.g. status is pending and minutes_since_customer_reply
            gt 10080 (7 days). Checked every minute on one node against every ticket that is not closed;
            a rule acts on a ticket once while its conditions hold, and again only after they stopped
            holding.""")
    record ScheduleBody(@Schema(maxLength = 100) String name,
            Map<String, List<Map<String, Object>>> conditions, List<Map<String, Object>> actions,
            @Schema(defaultValue = "true") Boolean active, @Schema(defaultValue = "0") Integer order) {
    }

    @Schema(name = "MacroBody", description = "Actions as a trigger's; \"reply\" adds a public reply as the agent.")
    record MacroBody(@Schema(maxLength = 100) String name, List<Map<String, Object>> actions,
            @Schema(defaultValue = "true") Boolean active) {
    }

    @Schema(name = "CannedResponseBody", description = "Placeholders as in triggers; unknown ones are refused.")
    record CannedBody(@Schema(maxLength = 100) String name, @Schema(maxLength = 10000) String body,
            @Schema(nullable = true, allowableValues = {"pt-BR", "en"}) String locale) {
    }
}
