package dev.atende.channel.email.internal.outbound;

import dev.atende.automation.NoticeRequested;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.ticket.TicketIntake;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the notices automation rules ask for. Customers get at most a few automatic mails an
 * hour (the outbox's auto-reply limit), so a rule cannot flood anyone; people who are gone or
 * deactivated get nothing.
 */
@Component
class AutomationNotices {

    private final TicketIntake tickets;
    private final Directory directory;
    private final MailComposer composer;
    private final Outbox outbox;

    AutomationNotices(TicketIntake tickets, Directory directory, MailComposer composer, Outbox outbox) {
        this.tickets = tickets;
        this.directory = directory;
        this.composer = composer;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(NoticeRequested event) {
        User person = directory.user(event.userId()).filter(User::isActive).orElse(null);
        if (person == null
                || !person.role().worksTickets() && !outbox.mayAutoReply(Draft.Kind.AUTOMATION_NOTICE, person.email())) {
            return;
        }
        tickets.byId(event.ticketId()).ifPresent(ticket -> outbox.enqueue(
                composer.automationNotice(ticket, person, event.subject(), event.body())));
    }
}
