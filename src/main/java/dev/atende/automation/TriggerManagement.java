package dev.atende.automation;

import dev.atende.automation.internal.DirectoryReferences;
import dev.atende.automation.internal.RuleJson;
import dev.atende.automation.internal.RuleReader;
import dev.atende.automation.internal.RunLog;
import dev.atende.automation.internal.Triggers;
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
 * Admins define triggers: an event, conditions and actions, checked as a whole on every save
 * (a change of event re-checks the conditions that depend on it). Only admins see them.
 */
@Service
@Transactional
public class TriggerManagement {

    private final Triggers triggers;
    private final DirectoryReferences references;
    private final RunLog runs;
    private final Clock clock;

    TriggerManagement(Triggers triggers, DirectoryReferences references, RunLog runs, Clock clock) {
        this.triggers = triggers;
        this.references = references;
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Trigger> list(Actor actor) {
        RuleFields.requireAdmin(actor);
        return triggers.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Trigger get(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        return find(id);
    }

    public Trigger create(Actor actor, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        Instant now = clock.instant();
        Trigger trigger = new Trigger(now);
        define(trigger, changes, true, now);
        return triggers.save(trigger);
    }

    public Trigger update(Actor actor, long id, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        Trigger trigger = find(id);
        define(trigger, changes, false, clock.instant());
        return triggers.save(trigger);
    }

    public void delete(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        triggers.delete(find(id));
        runs.forget("trigger", id);
    }

    @Transactional(readOnly = true)
    public List<RuleRun> runs(Actor actor, long id, int limit) {
        RuleFields.requireAdmin(actor);
        return runs.recent("trigger", find(id).id(), limit);
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lastRun(long id) {
        return runs.lastRun("trigger", id);
    }

    private void define(Trigger trigger, RuleChanges changes, boolean isNew, Instant now) {
        var problems = changes.problems();
        String name = RuleFields.name(changes.name(), isNew ? null : trigger.name(), changes.refused("name"), problems);
        RuleEvent event = isNew ? null : trigger.event();
        if (changes.event().present()) {
            event = changes.event().value() == null ? null : RuleEvent.fromCode(changes.event().value());
            if (event == null) {
                problems.add("event", changes.event().value() == null ? "error.field.required"
                        : "error.field.unknownValue", String.valueOf(changes.event().value()));
            }
        } else if (isNew && !changes.refused("event")) {
            problems.add("event", "error.field.required");
        }
        JsonNode conditionsJson = changes.conditions().present() ? changes.conditions().value()
                : isNew ? null : RuleJson.parse(trigger.conditionsJson());
        JsonNode actionsJson = changes.actions().present() ? changes.actions().value()
                : isNew ? null : RuleJson.parse(trigger.actionsJson());
        int order = RuleFields.order(changes.order(), isNew ? 0 : trigger.order(), problems);
        boolean active = RuleFields.active(changes.active(), !isNew && trigger.isActive() || isNew);
        if (event != null) {
            var reader = new RuleReader(RuleReader.Scope.trigger(event), references, problems);
            Conditions conditions = reader.conditions(conditionsJson, "conditions");
            List<TicketAction> actions = reader.actions(actionsJson, "actions", true);
            problems.throwIfAny();
            trigger.define(name, event, RuleJson.text(RuleJson.write(conditions)), RuleJson.text(RuleJson.write(actions)),
                    active, order, now);
        } else {
            var reader = new RuleReader(RuleReader.Scope.UNKNOWN_EVENT, references, problems);
            reader.conditions(conditionsJson, "conditions");
            reader.actions(actionsJson, "actions", true);
        }
        problems.throwIfAny();
    }

    private Trigger find(long id) {
        return triggers.findById(id).orElseThrow(() -> new NotFoundException("error.automation.triggerNotFound"));
    }
}
