package dev.atende.sla.internal;

import dev.atende.sla.SlaPolicy;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketDueDates;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketStatusChanged;
import dev.atende.ticket.TicketUpdated;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each ticket's SLA facts as the ticket changes, in the ticket's own transaction: the due
 * times a queue sorts by are never behind the ticket. Before a change is applied, what was due by
 * then is signalled (an answer after the deadline still records the breach, at its true time).
 */
@Component
class TicketSlaTracker {

    /** Fields whose change may bring the ticket under another policy. */
    private static final Set<String> POLICY_FIELDS = Set.of("priority", "group", "category", "organization",
            "customer");

    private final TicketSlaRecords records;
    private final SlaRules rules;
    private final SlaSignals signals;
    private final TicketIntake tickets;
    private final TicketDueDates dueDates;
    private final Clock clock;

    TicketSlaTracker(TicketSlaRecords records, SlaRules rules, SlaSignals signals, TicketIntake tickets,
            TicketDueDates dueDates, Clock clock) {
        this.records = records;
        this.dueDates = dueDates;
        this.rules = rules;
        this.signals = signals;
        this.tickets = tickets;
        this.clock = clock;
    }

    @EventListener
    void on(TicketCreated event) {
        if (!rules.anyActive()) {
            return;
        }
        Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
        var sla = new TicketSla(ticket.id(), ticket.createdAt());
        sla.usePolicy(rules.match(ticket).map(SlaPolicy::id).orElse(null));
        rules.policy(sla.policyId()).ifPresent(policy -> sla.recompute(policy, rules.calendar(policy)));
        records.save(sla);
        dueDates.dueAt(ticket.id(), sla.nextDueAt());
    }

    @EventListener
    void on(TicketStatusChanged event) {
        change(event.ticketId(), (sla, now) -> {
            SlaPolicy policy = rules.policy(sla.policyId()).orElse(null);
            if (!event.to().isActive() && event.from().isActive()) {
                sla.resolved(now);
            } else if (event.to().isActive() && !event.from().isActive()) {
                sla.reopened();
            }
            // by the clock's own state: the policy's pause settings may have changed meanwhile
            boolean stopped = stops(policy, event.to());
            if (stopped && !sla.isPaused()) {
                sla.pause(now);
            } else if (!stopped && sla.isPaused()) {
                sla.resume(now);
            }
        });
    }

    @EventListener
    void on(TicketUpdated event) {
        if (event.changes().stream().noneMatch(c -> POLICY_FIELDS.contains(c.field()))) {
            return;
        }
        change(event.ticketId(), (sla, now) -> tickets.byId(event.ticketId())
                .ifPresent(ticket -> sla.usePolicy(rules.match(ticket).map(SlaPolicy::id).orElse(null))), true);
    }

    /** The history says when another policy took over, or the deadline moved with the ticket's fields. */
    private void noteChange(long ticketId, Long policyBefore, Instant dueBefore, TicketSla sla) {
        if (!java.util.Objects.equals(policyBefore, sla.policyId())) {
            dueDates.note(ticketId, "slaPolicy", rules.policy(policyBefore).map(SlaPolicy::name).orElse(null),
                    rules.policy(sla.policyId()).map(SlaPolicy::name).orElse(null));
        }
        if (!java.util.Objects.equals(dueBefore, sla.nextDueAt())) {
            dueDates.note(ticketId, "slaDue", dueBefore == null ? null : dueBefore.toString(),
                    sla.nextDueAt() == null ? null : sla.nextDueAt().toString());
        }
    }

    @EventListener
    void on(ArticleAdded event) {
        if (event.internal() || event.sender() == ArticleSender.SYSTEM || event.opening()) {
            return; // the opening request is the ticket's creation, not an answer nor a further message
        }
        change(event.ticketId(), (sla, now) -> {
            if (event.sender() == ArticleSender.AGENT) {
                sla.answered(now);
            } else {
                sla.customerWrote(now);
            }
        });
    }

    /** The clock stops while the ticket is solved or closed, and while it waits where the policy says so. */
    private static boolean stops(SlaPolicy policy, TicketStatus status) {
        return !status.isActive()
                || (status == TicketStatus.PENDING && (policy == null || policy.pausesOnPending()))
                || (status == TicketStatus.ON_HOLD && policy != null && policy.pausesOnHold());
    }

    private interface Change {
        void apply(TicketSla sla, Instant now);
    }

    private void change(long ticketId, Change change) {
        change(ticketId, change, false);
    }

    private void change(long ticketId, Change change, boolean noted) {
        Instant now = clock.instant();
        TicketSla locked = records.lock(ticketId).orElse(null);
        if (locked == null) {
            if (!rules.anyActive()) {
                return; // no policy, no deadlines: a ticket gets its row when one applies
            }
            locked = start(ticketId, now);
            if (locked == null) {
                return;
            }
        }
        TicketSla sla = locked;
        Long policyBefore = sla.policyId();
        Instant dueBefore = sla.nextDueAt();
        rules.policy(sla.policyId()).ifPresent(policy -> signals.emit(sla, sla.recompute(policy, rules.calendar(policy)),
                now));
        change.apply(sla, now);
        SlaPolicy policy = rules.policy(sla.policyId()).orElse(null);
        if (policy == null) {
            sla.recompute(null, null);
        } else {
            signals.emit(sla, sla.recompute(policy, rules.calendar(policy)), now);
        }
        records.save(sla);
        if (!java.util.Objects.equals(dueBefore, sla.nextDueAt())) {
            dueDates.dueAt(ticketId, sla.nextDueAt());
        }
        if (noted) {
            noteChange(ticketId, policyBefore, dueBefore, sla);
        }
    }

    /**
     * A ticket from before SLAs (or from while none was active) gets its clock from its creation,
     * with what the ticket itself remembers (first answer, solved, a stopped status from now);
     * deadlines it already missed then are taken as known, not announced as news.
     */
    private TicketSla start(long ticketId, Instant now) {
        Ticket ticket = tickets.byId(ticketId).orElse(null);
        if (ticket == null) {
            return null;
        }
        var sla = new TicketSla(ticket.id(), ticket.createdAt());
        sla.usePolicy(rules.match(ticket).map(SlaPolicy::id).orElse(null));
        if (ticket.firstResponseAt() != null) {
            sla.answered(ticket.firstResponseAt());
        }
        if (!ticket.status().isActive()) {
            sla.resolved(ticket.solvedAt() != null ? ticket.solvedAt() : now);
        }
        SlaPolicy policy = rules.policy(sla.policyId()).orElse(null);
        if (stops(policy, ticket.status())) {
            sla.pause(now);
        }
        if (policy != null) {
            sla.assumeSignalled(sla.recompute(policy, rules.calendar(policy)), now);
        }
        return sla;
    }
}
