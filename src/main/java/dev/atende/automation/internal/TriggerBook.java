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
 * The active triggers of an event, asked from the database each time (so every node sees a
 * change at once) by id and version only; a trigger is read whole and parsed once per version.
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
        List<Object[]> versions = triggers.activeVersions(event.code());
        List<Long> stale = new ArrayList<>();
        for (Object[] row : versions) {
            CompiledRule rule = compiled.get((Long) row[0]);
            if (rule == null || rule.version() != (Long) row[1]) {
                stale.add((Long) row[0]);
            }
        }
        if (!stale.isEmpty()) { // only new or changed triggers are read whole and parsed
            for (Trigger t : triggers.findAllById(stale)) {
                try {
                    compiled.put(t.id(), CompiledRule.of(t.id(), t.name(), t.version(), RuleReader.Scope.trigger(event),
                            t.conditionsJson(), t.actionsJson()));
                } catch (RuntimeException e) {
                    log.warn("trigger {} cannot be read and is skipped: {}", t.id(), e.toString());
                }
            }
        }
        List<CompiledRule> rules = new ArrayList<>();
        for (Object[] row : versions) {
            CompiledRule rule = compiled.get((Long) row[0]);
            if (rule != null && rule.version() == (Long) row[1]) {
                rules.add(rule);
            }
        }
        return rules;
    }
}
