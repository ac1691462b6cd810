package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the routing module may do to tickets: read agents' loads and a group's waiting tickets,
 * assign by the system, and move a ticket between levels. Writes go through the ticket's own
 * guarded methods, to the history and out as events, like any other change.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketRouting {

    private static final List<TicketStatus> ACTIVE = Arrays.stream(TicketStatus.values())
            .filter(TicketStatus::isActive).toList();

    private final Tickets tickets;
    private final TicketJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketRouting(Tickets tickets, TicketJournal journal, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket, locked until the caller's transaction ends; empty when it is gone. */
    public Optional<Ticket> lock(long ticketId) {
        return tickets.findForUpdate(ticketId);
    }

    /** The ticket as stored, not locked. */
    public Optional<Ticket> find(long ticketId) {
        return tickets.findById(ticketId);
    }

    /** Active tickets (new, open, pending, on hold) each of these agents holds; absent means none. */
    public Map<Long, Long> openCounts(Collection<Long> agentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!agentIds.isEmpty()) {
            for (Object[] row : tickets.countAssigned(agentIds, ACTIVE)) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    /** Active unassigned tickets of a group, oldest first. */
    public List<Long> waiting(long groupId, int limit) {
        return tickets.findWaiting(groupId, ACTIVE, Limit.of(limit));
    }

    /** The system hands the ticket to an agent (who the routing module checked may hold it). */
    public void assign(Ticket ticket, long agentId) {
        TicketStatus before = ticket.status();
        ticket.assignTo(agentId, clock.instant());
        journal.record(null, ticket, before, clock.instant());
        tickets.saveAndFlush(ticket);
    }

    /**
     * Moves the ticket to another group for a reason, dropping its assignee; {@code actor} null
     * is the system. The caller checked the levels; this checks that a person may see the ticket.
     */
    public Ticket escalate(Actor actor, long ticketId, long targetGroupId, boolean upward, String reason) {
        return escalate(actor, ticketId, targetGroupId, upward, reason, null);
    }

    /** The same, as part of an automation chain ({@code origin}: see {@link TicketUpdated#origin()}). */
    public Ticket escalate(Actor actor, long ticketId, long targetGroupId, boolean upward, String reason,
            String origin) {
        Ticket ticket = tickets.findForUpdate(ticketId)
                .filter(t -> actor == null || (actor.isStaff() && TicketAccess.canSee(actor, t)))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
        long from = ticket.groupId();
        TicketStatus before = ticket.status();
        Instant now = clock.instant();
        ticket.escalate(upward ? "escalation" : "deescalation", targetGroupId, reason, now);
        Long actorId = actor == null ? null : actor.id();
        journal.record(actorId, ticket, before, now, origin);
        tickets.saveAndFlush(ticket);
        events.publishEvent(new TicketEscalated(ticket.id(), actorId, from, targetGroupId, upward, reason));
        return ticket;
    }
}
