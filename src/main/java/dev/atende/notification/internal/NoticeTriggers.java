package dev.atende.notification.internal;

import dev.atende.notification.Mentionables;
import dev.atende.notification.Mentions;
import dev.atende.notification.NotificationKind;
import dev.atende.sla.SlaBreached;
import dev.atende.sla.SlaWarning;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to tickets into notices, after the change committed and on its own
 * transaction (from the event publication registry: a crash before the notice is stored stores it
 * on restart; the ticket's change never waits for it). Mentions count in internal notes by agents
 * and reach only people who may see the ticket.
 */
@Component
class NoticeTriggers {

    private final TicketIntake tickets;
    private final Mentionables mentionables;
    private final NoticeWriter writer;

    NoticeTriggers(TicketIntake tickets, Mentionables mentionables, NoticeWriter writer) {
        this.tickets = tickets;
        this.mentionables = mentionables;
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(ArticleAdded event) {
        if (event.internal() && event.sender() == ArticleSender.AGENT) {
            mentions(event);
        } else if (event.sender() == ArticleSender.CUSTOMER && !event.internal() && !event.opening()) {
            Ticket ticket = tickets.byId(event.ticketId()).orElse(null);
            if (ticket != null && ticket.assigneeId() != null) {
                Long author = tickets.article(event.articleId()).map(Article::authorId).orElse(null);
                writer.tell(ticket.assigneeId(), NotificationKind.CUSTOMER_REPLY, ticket.id(), author,
                        event.articleId(), null);
            }
        }
    }

    private void mentions(ArticleAdded event) {
        Article note = tickets.article(event.articleId()).orElse(null);
        Ticket ticket = tickets.byId(event.ticketId()).orElse(null);
        if (note == null || ticket == null) {
            return;
        }
        var handles = Mentions.in(note.body(), Article.HTML.equals(note.contentType()));
        for (long person : mentionables.resolve(handles, ticket)) {
            writer.tell(person, NotificationKind.MENTION, ticket.id(), note.authorId(), note.id(), null);
        }
    }

    /** A ticket assigned to someone by another person or by routing; not when they took it themselves. */
    @ApplicationModuleListener
    void on(TicketUpdated event) {
        for (FieldChange change : event.changes()) {
            if (change.field().equals("assignee") && change.to() != null) {
                long assignee = Long.parseLong(change.to());
                tickets.byId(event.ticketId()).filter(t -> Long.valueOf(assignee).equals(t.assigneeId()))
                        .ifPresent(t -> writer.tell(assignee, NotificationKind.ASSIGNED, t.id(), event.actorId(), null,
                                null));
            }
        }
    }

    @ApplicationModuleListener
    void on(SlaWarning event) {
        deadline(event.ticketId(), NotificationKind.SLA_WARNING, event.target().code());
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        deadline(event.ticketId(), NotificationKind.SLA_BREACHED, event.target().code());
    }

    /** The assignee hears of their ticket's deadline (the group's queue shows unassigned ones). */
    private void deadline(long ticketId, NotificationKind kind, String target) {
        tickets.byId(ticketId).filter(t -> !t.isClosed() && t.assigneeId() != null)
                .ifPresent(t -> writer.tell(t.assigneeId(), kind, t.id(), null, null, target));
    }
}
