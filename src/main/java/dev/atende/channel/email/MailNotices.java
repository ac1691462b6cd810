package dev.atende.channel.email;

import dev.atende.channel.email.internal.outbound.Draft;
import dev.atende.channel.email.internal.outbound.MailComposer;
import dev.atende.channel.email.internal.outbound.Outbox;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.ticket.Ticket;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules (automation rules) have a notice about a ticket mailed to a person. The
 * mail joins the outbox in the caller's transaction and is sent after it commits; customers get
 * at most a few automatic mails an hour (the outbox's auto-reply limit), so rules cannot flood
 * anyone.
 */
@Service
@Transactional
public class MailNotices {

    private final Directory directory;
    private final MailComposer composer;
    private final Outbox outbox;

    MailNotices(Directory directory, MailComposer composer, Outbox outbox) {
        this.directory = directory;
        this.composer = composer;
        this.outbox = outbox;
    }

    /** Queues the notice for an active user; false when the user is gone or over the limit. */
    public boolean send(Ticket ticket, long userId, String subject, String text) {
        User person = directory.user(userId).filter(User::isActive).orElse(null);
        if (person == null
                || !person.role().worksTickets() && !outbox.mayAutoReply(Draft.Kind.AUTOMATION_NOTICE, person.email())) {
            return false;
        }
        outbox.enqueue(composer.automationNotice(ticket, person, subject, text));
        return true;
    }
}
