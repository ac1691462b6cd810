package dev.atende.channel.email.internal.outbound;

import dev.atende.channel.email.internal.MailIndex;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.sla.SlaBreached;
import dev.atende.sla.SlaWarning;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketStatusChanged;
import dev.atende.ticket.TicketUpdated;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the help desk tells people by e-mail when tickets change: the customer gets the team's
 * public replies, an acknowledgement of a request opened on the portal and the news that it is
 * solved; agents hear of new tickets in their groups, tickets assigned to them, customers'
 * replies and SLA deadlines near or missed. Runs after the change committed, from the event
 * publication registry, so a crash before the mail is queued queues it on restart. Whether a new
 * article mails anyone is decided in its own transaction first: the request a ticket opens with
 * (most incoming e-mail) and internal notes mail nobody, and cost no publication.
 */
@Component
class OutboundTriggers {

    private final TicketIntake tickets;
    private final Directory directory;
    private final MailIndex index;
    private final MailComposer composer;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    OutboundTriggers(TicketIntake tickets, Directory directory, MailIndex index, MailComposer composer, Outbox outbox,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tickets = tickets;
        this.directory = directory;
        this.index = index;
        this.composer = composer;
        this.outbox = outbox;
    }

    /** An article that mails someone, to act on after its commit. */
    record ArticleMailDue(ArticleAdded article) {
    }

    @EventListener
    void on(ArticleAdded event) {
        boolean mails = !event.internal() && switch (event.sender()) {
            case AGENT -> event.channel() != Channel.EMAIL; // the e-mail channel sends those itself
            case SYSTEM -> true;
            case CUSTOMER -> !event.opening();
        };
        if (mails) {
            events.publishEvent(new ArticleMailDue(event));
        }
    }

    @ApplicationModuleListener
    void on(ArticleMailDue due) {
        ArticleAdded event = due.article();
        Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
        Article article = tickets.article(event.articleId()).orElseThrow();
        if (event.sender() == ArticleSender.AGENT && event.channel() != Channel.EMAIL) {
            customer(ticket).ifPresent(customer -> outbox.enqueue(
                    composer.reply(ticket, article, customer, index.recipients(ticket.id()))));
        } else if (event.sender() == ArticleSender.SYSTEM) { // an automatic answer (automation's auto-reply)
            customer(ticket).filter(c -> !c.role().worksTickets())
                    .filter(c -> outbox.mayAutoReply(Draft.Kind.AUTO_REPLY, c.email()))
                    .ifPresent(customer -> outbox.enqueue(composer.autoReply(ticket, article, customer)));
        } else if (event.sender() == ArticleSender.CUSTOMER && !event.opening()) {
            String author = article.authorId() == null ? null
                    : directory.user(article.authorId()).map(User::name).orElse(null);
            List<Long> agents = ticket.assigneeId() != null ? List.of(ticket.assigneeId()) : groupMembers(ticket);
            notifyAgents(ticket, agents, article.authorId(), AgentNotice.CUSTOMER_REPLY, "mail.notice.replied", author);
        }
    }

    @ApplicationModuleListener
    void on(TicketCreated event) {
        Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
        if (event.channel() == Channel.WEB) { // e-mail requests are acknowledged where the mail is read
            customer(ticket).filter(c -> !c.role().worksTickets())
                    .filter(c -> outbox.mayAutoReply(Draft.Kind.ACKNOWLEDGEMENT, c.email()))
                    .ifPresent(customer -> outbox.enqueue(composer.acknowledgement(ticket, customer)));
        }
        notifyAgents(ticket, groupMembers(ticket), ticket.customerId(), AgentNotice.NEW_TICKET, "mail.notice.created",
                null);
    }

    @ApplicationModuleListener
    void on(TicketStatusChanged event) {
        if (event.to() != TicketStatus.SOLVED) {
            return;
        }
        Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
        customer(ticket).filter(c -> outbox.mayAutoReply(Draft.Kind.SOLVED, c.email()))
                .ifPresent(customer -> outbox.enqueue(composer.solved(ticket, customer)));
    }

    @ApplicationModuleListener
    void on(TicketUpdated event) {
        event.changes().stream().filter(c -> c.field().equals("assignee") && c.to() != null).findFirst()
                .ifPresent(change -> {
                    Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
                    notifyAgents(ticket, List.of(Long.parseLong(change.to())), event.actorId(),
                            AgentNotice.ASSIGNED, "mail.notice.assigned", null);
                });
    }

    /** The assignee hears that a deadline is near or missed; with nobody assigned, the whole group. */
    @ApplicationModuleListener
    void on(SlaWarning event) {
        notifyOfDeadline(event.ticketId(), "mail.notice.slaWarning." + event.target().code());
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        notifyOfDeadline(event.ticketId(), "mail.notice.slaBreached." + event.target().code());
    }

    private void notifyOfDeadline(long ticketId, String code) {
        tickets.byId(ticketId).filter(t -> !t.isClosed()).ifPresent(ticket -> notifyAgents(ticket,
                ticket.assigneeId() != null ? List.of(ticket.assigneeId()) : groupMembers(ticket), null, AgentNotice.SLA,
                code, null));
    }

    /** Each agent hears of it unless it was their own doing or they turned this notice off in their profile. */
    private void notifyAgents(Ticket ticket, List<Long> agentIds, Long exceptId, AgentNotice notice, String code,
            String actorName) {
        for (Long id : agentIds) {
            if (Objects.equals(id, exceptId)) {
                continue; // nobody needs to be told what they did themselves
            }
            directory.user(id).filter(User::isActive).filter(u -> u.role().worksTickets())
                    .filter(u -> u.wantsNotice(notice))
                    .ifPresent(agent -> outbox.enqueue(composer.agentNotice(ticket, agent, code, actorName)));
        }
    }

    private List<Long> groupMembers(Ticket ticket) {
        return directory.assignableMembers(ticket.groupId()).stream().map(u -> u.id()).toList();
    }

    private Optional<User> customer(Ticket ticket) {
        return directory.user(ticket.customerId()).filter(User::isActive);
    }
}
