package dev.atende.live.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.shared.AfterCommit;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketUpdated;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * Tells the browsers what changed, once the change is committed: the queues of the ticket's
 * group (a new ticket, a change, a reply), the agents on the ticket (who changed which fields,
 * who wrote), and the customer's page (a public reply; never a note). Signals say what happened
 * and who did it, not the content: a page reloads what it needs through the usual permission
 * checks.
 */
@Component
class TicketSignals {

    record GroupSignal(String kind, long ticketId) {
    }

    record TicketSignal(String kind, long ticketId, long version, Long actorId, String actorName, boolean internal,
            List<String> fields) {
    }

    record PublicSignal(String kind, long ticketId) {
    }

    private final SimpMessageSendingOperations broker;
    private final LiveSessions sessions;
    private final TicketIntake tickets;
    private final Directory directory;

    TicketSignals(SimpMessageSendingOperations broker, LiveSessions sessions, TicketIntake tickets,
            Directory directory) {
        this.broker = broker;
        this.sessions = sessions;
        this.tickets = tickets;
        this.directory = directory;
    }

    @EventListener
    void on(TicketCreated event) {
        AfterCommit.run(() -> {
            if (sessions.anyone()) {
                broker.convertAndSend(Topics.group(event.groupId()), new GroupSignal("created", event.ticketId()));
            }
        });
    }

    @EventListener
    void on(TicketUpdated event) {
        AfterCommit.run(() -> {
            if (!sessions.anyone()) {
                return;
            }
            tickets.byId(event.ticketId()).ifPresent(ticket -> {
                List<String> fields = event.changes().stream().map(FieldChange::field).distinct().toList();
                broker.convertAndSend(Topics.staff(ticket.id()), new TicketSignal("updated", ticket.id(),
                        ticket.version(), event.actorId(), name(event.actorId()), false, fields));
                for (long group : groupsOf(ticket, event.changes())) {
                    broker.convertAndSend(Topics.group(group), new GroupSignal("updated", ticket.id()));
                }
            });
        });
    }

    @EventListener
    void on(ArticleAdded event) {
        AfterCommit.run(() -> {
            if (!sessions.anyone() || event.opening()) {
                return;
            }
            tickets.byId(event.ticketId()).ifPresent(ticket -> {
                Long author = null;
                String name = null;
                if (event.sender() != dev.atende.ticket.ArticleSender.SYSTEM) {
                    author = authorOf(event);
                    name = name(author);
                }
                broker.convertAndSend(Topics.staff(ticket.id()), new TicketSignal("article", ticket.id(),
                        ticket.version(), author, name, event.internal(), List.of()));
                if (!event.internal()) {
                    broker.convertAndSend(Topics.publicReplies(ticket.id()), new PublicSignal("reply", ticket.id()));
                }
                broker.convertAndSend(Topics.group(ticket.groupId()), new GroupSignal("updated", ticket.id()));
            });
        });
    }

    private Long authorOf(ArticleAdded event) {
        return tickets.article(event.articleId()).map(article -> article.authorId()).orElse(null);
    }

    private String name(Long userId) {
        return userId == null ? null : directory.user(userId).map(User::name).orElse(null);
    }

    /** The ticket's group, and the one it left when the change moved it (its queue lost a ticket). */
    private static Set<Long> groupsOf(Ticket ticket, List<FieldChange> changes) {
        var groups = new LinkedHashSet<Long>();
        groups.add(ticket.groupId());
        for (FieldChange change : changes) {
            if (change.field().equals("group") && change.from() != null) {
                groups.add(Long.parseLong(change.from())); // the history notes groups by id
            }
        }
        return groups;
    }
}
