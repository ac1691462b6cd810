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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to tickets into notices. Whether a change notifies anyone is decided inside
 * its own transaction, from what that transaction already holds (the note's text, the ticket's
 * assignee), and only then is a {@link NoticeDue} published for after the commit: the notices are
 * written on their own transaction from the event publication registry (a crash before they are
 * stored stores them on restart; the ticket's change never waits for them), while the many
 * changes that notify nobody (most e-mail) cost no publication. Mentions count in internal notes
 * by agents and reach only people who may see the ticket.
 */
@Component
class NoticeTriggers {

    private final TicketIntake tickets;
    private final Mentionables mentionables;
    private final NoticeWriter writer;
    private final ApplicationEventPublisher events;

    NoticeTriggers(TicketIntake tickets, Mentionables mentionables, NoticeWriter writer,
            ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.mentionables = mentionables;
        this.writer = writer;
        this.events = events;
    }

    /** A notice to write after the change committed. */
    record NoticeDue(NotificationKind kind, long ticketId, Long articleId, Long recipientId, Long actorId,
            String detail) {
    }

    @EventListener
    void on(ArticleAdded event) {
        if (event.internal() && event.sender() == ArticleSender.AGENT) {
            tickets.article(event.articleId())
                    .filter(note -> !Mentions.in(note.body(), Article.HTML.equals(note.contentType())).isEmpty())
                    .ifPresent(note -> events.publishEvent(new NoticeDue(NotificationKind.MENTION, event.ticketId(),
                            note.id(), null, note.authorId(), null)));
        } else if (event.sender() == ArticleSender.CUSTOMER && !event.internal() && !event.opening()) {
            tickets.byId(event.ticketId()).filter(ticket -> ticket.assigneeId() != null)
                    .ifPresent(ticket -> events.publishEvent(new NoticeDue(NotificationKind.CUSTOMER_REPLY,
                            ticket.id(), event.articleId(), ticket.assigneeId(), null, null)));
        }
    }

    /** A ticket assigned to someone by another person or by routing; not when they took it themselves. */
    @EventListener
    void on(TicketUpdated event) {
        for (FieldChange change : event.changes()) {
            if (change.field().equals("assignee") && change.to() != null) {
                long assignee = Long.parseLong(change.to());
                if (!Long.valueOf(assignee).equals(event.actorId())) {
                    events.publishEvent(new NoticeDue(NotificationKind.ASSIGNED, event.ticketId(), null, assignee,
                            event.actorId(), null));
                }
            }
        }
    }

    @ApplicationModuleListener
    void on(NoticeDue due) {
        switch (due.kind()) {
            case MENTION -> mentions(due);
            case CUSTOMER_REPLY -> tickets.byId(due.ticketId())
                    .filter(ticket -> due.recipientId().equals(ticket.assigneeId()))
                    .ifPresent(ticket -> writer.tell(due.recipientId(), NotificationKind.CUSTOMER_REPLY, ticket.id(),
                            tickets.article(due.articleId()).map(Article::authorId).orElse(null), due.articleId(),
                            null));
            // still theirs: a reassignment in between notifies the next one instead
            case ASSIGNED -> tickets.byId(due.ticketId()).filter(t -> due.recipientId().equals(t.assigneeId()))
                    .ifPresent(t -> writer.tell(due.recipientId(), NotificationKind.ASSIGNED, t.id(), due.actorId(),
                            null, null));
            default -> throw new IllegalStateException("not a ticket change notice: " + due.kind());
        }
    }

    private void mentions(NoticeDue due) {
        Article note = tickets.article(due.articleId()).orElse(null);
        Ticket ticket = tickets.byId(due.ticketId()).orElse(null);
        if (note == null || ticket == null) {
            return;
        }
        var handles = Mentions.in(note.body(), Article.HTML.equals(note.contentType()));
        for (long person : mentionables.resolve(handles, ticket)) {
            writer.tell(person, NotificationKind.MENTION, ticket.id(), note.authorId(), note.id(), null);
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
