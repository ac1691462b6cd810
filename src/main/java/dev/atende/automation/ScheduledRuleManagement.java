package dev.atende.automation;

import dev.atende.automation.internal.DirectoryReferences;
import dev.atende.automation.internal.RuleJson;
import dev.atende.automation.internal.RuleReader;
import dev.atende.automation.internal.RunLog;
import dev.atende.automation.internal.ScheduledRules;
import dev.atende.identity.Actor;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Admins define scheduled rules: conditions (as triggers', plus time: minutes since created,
 * updated or the customer's last message) and actions, run every minute on one node.
 */
@Service
@Transactional
public class ScheduledRuleManagement {

    private final ScheduledRules rules;
    private final DirectoryReferences references;
    private final RunLog runs;
    private final Clock clock;

    ScheduledRuleManagement(ScheduledRules rules, DirectoryReferences references, RunLog runs, Clock clock) {
        this.rules = rules;
        this.references = references;
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScheduledRule> list(Actor actor) {
        RuleFields.requireAdmin(actor);
        return rules.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public ScheduledRule get(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        return find(id);
    }

    public ScheduledRule create(Actor actor, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        Instant now = clock.instant();
        ScheduledRule rule = new ScheduledRule(now);
        define(rule, changes, true, now);
        return rules.save(rule);
    }

    public ScheduledRule update(Actor actor, long id, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        ScheduledRule rule = find(id);
        define(rule, changes, false, clock.instant());
        return rules.save(rule);
    }

    public void delete(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        rules.delete(find(id));
        runs.forget("schedule", id);
    }

    @Transactional(readOnly = true)
    public List<RuleRun> runs(Actor actor, long id, int limit) {
        RuleFields.requireAdmin(actor);
        return runs.recent("schedule", find(id).id(), limit);
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lastRun(long id) {
        return runs.lastRun("schedule", id);
    }

    private void define(ScheduledRule rule, RuleChanges changes, boolean isNew, Instant now) {
        var problems = changes.problems();
        if (changes.event().present()) {
            problems.add("event", "error.field.unknown");
        }
        String name = RuleFields.name(changes.name(), isNew ? null : rule.name(), changes.refused("name"), problems);
        JsonNode conditionsJson = changes.conditions().present() ? changes.conditions().value()
                : isNew ? null : RuleJson.parse(rule.conditionsJson());
        JsonNode actionsJson = changes.actions().present() ? changes.actions().value()
                : isNew ? null : RuleJson.parse(rule.actionsJson());
        int order = RuleFields.order(changes.order(), isNew ? 0 : rule.order(), problems);
        boolean active = RuleFields.active(changes.active(), isNew || rule.isActive());
        var reader = new RuleReader(RuleReader.Scope.SCHEDULE, references, problems);
        Conditions conditions = reader.conditions(conditionsJson, "conditions");
        if (conditionsJson == null || conditionsJson.path("all").isEmpty() && conditionsJson.path("any").isEmpty()) {
            // a rule with no condition would act on every ticket at once
            problems.add("conditions", "error.field.required");
        }
        List<TicketAction> actions = reader.actions(actionsJson, "actions", true);
        problems.throwIfAny();
        rule.define(name, RuleJson.text(RuleJson.write(conditions)), RuleJson.text(RuleJson.write(actions)), active,
                order, now);
    }

    private ScheduledRule find(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("error.automation.scheduleNotFound"));
    }
}
