package dev.atende.automation;

import dev.atende.shared.Change;
import tools.jackson.databind.JsonNode;

/**
 * A new rule or a change to one, as sent: each field absent (keep) or present. Conditions and
 * actions stay raw JSON here; the services check them where they are used.
 */
public record RuleChanges(Change<String> name, Change<String> event, Change<JsonNode> conditions,
        Change<JsonNode> actions, Change<Boolean> active, Change<Integer> order) {
}
