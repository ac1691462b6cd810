package dev.atende.sla.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaPolicy;
import dev.atende.ticket.Ticket;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The policy that covers a ticket, and the calendar a policy counts in. */
@Component
public class SlaRules {

    /** How long "is there any active policy?" is remembered; other nodes see a new policy this late. */
    private static final long REMEMBER_NANOS = 5_000_000_000L;

    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private volatile boolean anyActive;
    private volatile long knownUntil;

    SlaRules(SlaPolicies policies, SlaCalendars calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    /** Whether any policy is active: without one, tickets need no SLA bookkeeping at all. */
    boolean anyActive() {
        if (System.nanoTime() - knownUntil > 0) {
            anyActive = !policies.findByActiveTrueOrderByPositionAscIdAsc().isEmpty();
            knownUntil = System.nanoTime() + REMEMBER_NANOS;
        }
        return anyActive;
    }

    /** Policies changed on this node: ask again next time, and again once the change is committed. */
    public void forget() {
        knownUntil = System.nanoTime() - 1;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    knownUntil = System.nanoTime() - 1;
                }
            });
        }
    }

    /** The first active policy, by order, whose conditions the ticket meets. */
    Optional<SlaPolicy> match(Ticket ticket) {
        return policies.findByActiveTrueOrderByPositionAscIdAsc().stream()
                .filter(p -> p.conditions().matches(ticket)).findFirst();
    }

    Optional<SlaPolicy> policy(Long id) {
        return id == null ? Optional.empty() : policies.findById(id);
    }

    BusinessCalendar calendar(SlaPolicy policy) {
        return calendars.findById(policy.calendarId()).orElseThrow().calendar();
    }
}
