package dev.atende.automation.internal;

import dev.atende.automation.RuleEvent;
import dev.atende.automation.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The active triggers of an event, read fresh from the database each time (so every node sees a
 * change at once) but parsed only once per version of each trigger.
 */
@Component
public class TriggerBook {

    private static final Logger log = LoggerFactory.getLogger(TriggerBook.class);

    private final Triggers triggers;
    private final Map<Long, CompiledRule> compiled = new ConcurrentHashMap<>();

    TriggerBook(Triggers triggers) {
        this.triggers = triggers;
    }

    public List<CompiledRule> active(RuleEvent event) {
        List<CompiledRule> rules = new ArrayList<>();
        for (Trigger t : triggers.findByEventAndActiveTrueOrderBySortOrderAscIdAsc(event.code())) {
            CompiledRule rule = compiled.get(t.id());
            if (rule == null || rule.version() != t.version()) {
                try {
                    rule = CompiledRule.of(t.id(), t.name(), t.version(), RuleJson.Scope.trigger(event),
                            t.conditionsJson(), t.actionsJson());
                    compiled.put(t.id(), rule);
                } catch (RuntimeException e) {
                    log.warn("trigger {} cannot be read and is skipped: {}", t.id(), e.toString());
                    continue;
                }
            }
            rules.add(rule);
        }
        return rules;
    }
}
