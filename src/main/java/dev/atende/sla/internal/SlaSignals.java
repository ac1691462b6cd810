package dev.atende.sla.internal;

import dev.atende.sla.SlaBreached;
import dev.atende.sla.SlaWarning;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the warnings and breaches of one ticket that are due by now, with their true times,
 * and remembers them so each is signalled once; in the caller's transaction.
 */
@Component
class SlaSignals {

    private final ApplicationEventPublisher events;
    private final SlaBreachLog breaches;

    SlaSignals(ApplicationEventPublisher events, SlaBreachLog breaches) {
        this.events = events;
        this.breaches = breaches;
    }

    int emit(TicketSla sla, SlaFacts.Times times, Instant now) {
        var signals = sla.facts().signals(times, now);
        for (SlaFacts.Signal signal : signals) {
            sla.signalled(signal);
            if (signal.breach()) {
                breaches.record(sla.ticketId(), sla.policyId(), signal.target(), signal.dueAt(), now);
                events.publishEvent(new SlaBreached(sla.ticketId(), sla.policyId(), signal.target(), signal.dueAt()));
            } else {
                events.publishEvent(new SlaWarning(sla.ticketId(), sla.policyId(), signal.target(), signal.warnAt(),
                        signal.dueAt()));
            }
        }
        if (!signals.isEmpty()) {
            sla.checkAgain(times);
        }
        return signals.size();
    }
}
