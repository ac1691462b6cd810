package dev.atende.automation;

import dev.atende.shared.Change;
import dev.atende.shared.FieldProblem;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A new rule or a change to one, as sent: each field absent (keep) or present. Conditions and
 * actions stay raw JSON here; the services check them where they are used. {@code readProblems}:
 * what was already wrong with the body's other fields (reported together with the rest).
 */
public record RuleChanges(Change<String> name, Change<String> event, Change<JsonNode> conditions,
        Change<JsonNode> actions, Change<Boolean> active, Change<Integer> order, List<FieldProblem> readProblems) {

    public RuleChanges {
        readProblems = List.copyOf(readProblems);
    }

    public RuleChanges(Change<String> name, Change<String> event, Change<JsonNode> conditions,
            Change<JsonNode> actions, Change<Boolean> active, Change<Integer> order) {
        this(name, event, conditions, actions, active, order, List.of());
    }

    /** Starts the problems of a save with those found reading the body, so all come in one answer. */
    InvalidInputException.Collector problems() {
        var problems = new InvalidInputException.Collector();
        readProblems.forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
        return problems;
    }

    boolean refused(String field) {
        return readProblems.stream().anyMatch(p -> p.field().equals(field));
    }
}
