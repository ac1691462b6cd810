package dev.atende.automation.internal;

import dev.atende.automation.Conditions;
import dev.atende.automation.TicketAction;
import dev.atende.shared.InvalidInputException;
import java.util.List;

/** A stored rule read back into conditions and actions, ready to run. */
public record CompiledRule(long id, String name, long version, Conditions conditions, List<TicketAction> actions) {

    /** Reads what was checked when saved (ids are not looked up again: a deleted one fails at run time). */
    public static CompiledRule of(long id, String name, long version, RuleReader.Scope scope, String conditionsJson,
            String actionsJson) {
        var problems = new InvalidInputException.Collector();
        var reader = new RuleReader(scope, null, problems);
        Conditions conditions = conditionsJson == null ? Conditions.ALWAYS
                : reader.conditions(RuleJson.parse(conditionsJson), "conditions");
        List<TicketAction> actions = reader.actions(RuleJson.parse(actionsJson), "actions", false);
        problems.throwIfAny();
        return new CompiledRule(id, name, version, conditions, actions);
    }
}
