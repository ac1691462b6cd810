package dev.atende.ticket;

import dev.atende.ticket.internal.History;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a ticket's pending changes to its history and publishes them, in the caller's transaction. */
@Component
class TicketJournal {

    private final History history;
    private final ApplicationEventPublisher events;

    TicketJournal(History history, ApplicationEventPublisher events) {
        this.history = history;
        this.events = events;
    }

    void record(Long actorId, Ticket ticket, TicketStatus statusBefore, Instant now) {
        record(actorId, ticket, statusBefore, now, null);
    }

    void record(Long actorId, Ticket ticket, TicketStatus statusBefore, Instant now, String origin) {
        List<FieldChange> changed = ticket.drainChanges();
        for (FieldChange change : changed) {
            history.save(new HistoryEntry(ticket.id(), actorId, change, now));
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new TicketUpdated(ticket.id(), actorId, changed, origin));
        }
        if (ticket.status() != statusBefore) {
            events.publishEvent(new TicketStatusChanged(ticket.id(), statusBefore, ticket.status()));
        }
    }

    void created(Long actorId, Ticket ticket, Instant now) {
        ticket.drainChanges(); // a new ticket's fields are its creation, not changes
        history.save(new HistoryEntry(ticket.id(), actorId,
                new FieldChange("created", null, Long.toString(ticket.number())), now));
        events.publishEvent(new TicketCreated(ticket.id(), ticket.number(), ticket.customerId(), ticket.groupId(),
                ticket.channel()));
    }
}
