package dev.atende.routing.internal;

import dev.atende.identity.GroupRoutingChanged;
import dev.atende.routing.AgentAvailabilityChanged;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketRouting;
import dev.atende.ticket.TicketUpdated;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When automatic assignment runs: a ticket created, moved to another group (escalated or not)
 * or left without an assignee; room freed for an agent (a ticket of theirs solved, closed or
 * handed to someone else); an agent back online; a group's routing changed. Each reaction runs
 * after the commit, asynchronously.
 */
@Component
class AssignmentTriggers {

    private static final Set<String> MOVES = Set.of("group", "escalation", "deescalation");

    private final Assigner assigner;
    private final TicketRouting tickets;
    private final ApplicationEventPublisher events;

    AssignmentTriggers(Assigner assigner, TicketRouting tickets, ApplicationEventPublisher events) {
        this.assigner = assigner;
        this.tickets = tickets;
        this.events = events;
    }

    /**
     * Decided in the ticket's own transaction, so that a ticket of a manual group, or a change
     * that frees nobody, costs no event publication and no transaction after the commit.
     */
    @EventListener
    void created(TicketCreated event) {
        if (assigner.routesAutomatically(event.groupId())) {
            events.publishEvent(new AssignmentDue(event.ticketId()));
        }
    }

    @EventListener
    void updated(TicketUpdated event) {
        if (event.changes().stream().anyMatch(c -> MOVES.contains(c.field()) || c.field().equals("assignee")
                || (c.field().equals("status") && ("solved".equals(c.to()) || "closed".equals(c.to()))))) {
            events.publishEvent(new RoutingChangeDue(event));
        }
    }

    /** A new ticket in a group that assigns automatically. */
    public record AssignmentDue(long ticketId) {
    }

    /** A ticket change that may move or free a place: the change itself. */
    public record RoutingChangeDue(TicketUpdated change) {
    }

    @ApplicationModuleListener
    void on(AssignmentDue due) {
        assigner.assignAlone(due.ticketId());
    }

    @ApplicationModuleListener
    void on(RoutingChangeDue due) {
        on(due.change());
    }

    void on(TicketUpdated event) {
        boolean moved = false;
        boolean unassigned = false;
        Long freed = null;
        boolean finished = false;
        for (FieldChange change : event.changes()) {
            if (MOVES.contains(change.field())) {
                moved = true;
            } else if (change.field().equals("assignee")) {
                unassigned = change.to() == null;
                freed = change.from() == null ? null : Long.valueOf(change.from());
            } else if (change.field().equals("status") && ("solved".equals(change.to()) || "closed".equals(change.to()))) {
                finished = true;
            }
        }
        if (moved || unassigned) {
            tickets.find(event.ticketId()).ifPresent(t -> {
                if (assigner.routesAutomatically(t.groupId())) {
                    assigner.assignAlone(t.id());
                }
            });
        }
        if (finished && freed == null) {
            freed = tickets.find(event.ticketId()).map(t -> t.assigneeId()).orElse(null);
        }
        if (freed != null) {
            assigner.fillFor(freed);
        }
    }

    @ApplicationModuleListener
    void on(AgentAvailabilityChanged event) {
        if (event.available()) {
            assigner.fillFor(event.userId());
        }
    }

    @ApplicationModuleListener
    void on(GroupRoutingChanged event) {
        assigner.fill(event.groupId());
    }
}
