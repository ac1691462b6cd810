package dev.atende.sla.internal;

import dev.atende.sla.SlaSettingsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Recomputes after the change committed, off the request; a crash meanwhile redoes it on restart. */
@Component
class SettingsChangeListener {

    private final SlaRecomputation recomputation;

    SettingsChangeListener(SlaRecomputation recomputation) {
        this.recomputation = recomputation;
    }

    @ApplicationModuleListener
    void on(SlaSettingsChanged event) {
        recomputation.forPolicies(event.policyIds());
    }
}
