package dev.atende.automation.web;

import dev.atende.automation.CannedResponse;
import dev.atende.automation.CannedResponseManagement;
import dev.atende.automation.Macro;
import dev.atende.automation.MacroManagement;
import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the agent's ticket page offers from automation (its macro picker and canned-response
 * picker), read by the fragment {@code automation/agent/tools} as {@code @automationTools}: the
 * ticket page itself knows nothing of automation.
 */
@Component("automationTools")
class AgentTools {

    private final CurrentActor current;
    private final MacroManagement macros;
    private final CannedResponseManagement responses;

    AgentTools(CurrentActor current, MacroManagement macros, CannedResponseManagement responses) {
        this.current = current;
        this.macros = macros;
        this.responses = responses;
    }

    public List<Macro> macros() {
        return current.get().filter(Actor::isStaff).map(macros::list).orElse(List.of());
    }

    /** The canned responses with {@code q} in them (all for null), of every language. */
    public List<CannedResponse> cannedResponses(String q) {
        String words = q == null || q.length() <= 100 ? q : q.substring(0, 100); // a search box, not a place to fail
        return current.get().filter(Actor::isStaff).map(a -> responses.search(a, words, null)).orElse(List.of());
    }
}
