package dev.atende.automation.internal;

import dev.atende.automation.RuleEvent;
import dev.atende.identity.Directory;
import dev.atende.sla.SlaBreached;
import dev.atende.sla.SlaWarning;
import dev.atende.survey.TicketRated;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAutomation;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketUpdated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the triggers of an event, in their order, after the change that caused it committed.
 * Each trigger that matches acts in a transaction of its own, so one that fails (a group that
 * was deleted, a move the ticket does not allow) is logged and the others still run. Changes
 * made by triggers fire the triggers of their own events, except those already on the chain,
 * and a chain stops after {@link Origin#MAX_DEPTH} triggers.
 */
@Component
class TriggerRunner {

    private static final Logger log = LoggerFactory.getLogger(TriggerRunner.class);

    private final TriggerBook book;
    private final TicketAutomation tickets;
    private final Directory directory;
    private final ActionRunner actions;
    private final RunLog runs;
    private final RuleFailures failures;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TriggerRunner(TriggerBook book, TicketAutomation tickets, Directory directory, ActionRunner actions, RunLog runs,
            RuleFailures failures, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.events = events;
        this.tickets = tickets;
        this.directory = directory;
        this.actions = actions;
        this.runs = runs;
        this.failures = failures;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Whether any trigger waits for an event is decided in the transaction that published it, so
     * that an event no trigger waits for costs no publication and no transaction after the commit.
     */
    @EventListener
    void created(TicketCreated event) {
        due(RuleEvent.TICKET_CREATED, event.ticketId(), null, List.of(), null);
    }

    @EventListener
    void updated(TicketUpdated event) {
        due(RuleEvent.TICKET_UPDATED, event.ticketId(), null, event.changes(), event.origin());
    }

    /** A deadline is near (the policy's warning share is used up). */
    @EventListener
    void warned(SlaWarning event) {
        due(RuleEvent.SLA_WARNING, event.ticketId(), null, List.of(), null);
    }

    /** A deadline was missed (signalled once, with its true time, also after a downtime). */
    @EventListener
    void breached(SlaBreached event) {
        due(RuleEvent.SLA_BREACHED, event.ticketId(), null, List.of(), null);
    }

    /** A customer rated the ticket (or changed their rating): a bad one may reopen it or call someone. */
    @EventListener
    void rated(TicketRated event) {
        if (!book.active(RuleEvent.TICKET_RATED).isEmpty()) {
            events.publishEvent(new TriggersDue(RuleEvent.TICKET_RATED, event.ticketId(), null, List.of(), null,
                    event));
        }
    }

    @EventListener
    void added(ArticleAdded event) {
        if (!event.opening()) { // the request that opens a ticket is ticket.created's
            due(RuleEvent.ARTICLE_ADDED, event.ticketId(), event.articleId(), List.of(), event.origin());
        }
    }

    private void due(RuleEvent event, long ticketId, Long articleId, List<FieldChange> changes, String origin) {
        if (!book.active(event).isEmpty()) {
            events.publishEvent(new TriggersDue(event, ticketId, articleId, changes, origin, null));
        }
    }

    /**
     * An event some active trigger waits for, to run those triggers after the commit;
     * {@code rating}: the rating of a {@code ticket.rated} event, else null.
     */
    public record TriggersDue(RuleEvent event, long ticketId, Long articleId, List<FieldChange> changes,
            String origin, TicketRated rating) {
    }

    @ApplicationModuleListener
    void on(TriggersDue due) {
        Origin origin = Origin.parse(due.origin());
        switch (due.event()) {
            case TICKET_CREATED -> run(due.event(), due.ticketId(), tickets.firstArticle(due.ticketId()), List.of(),
                    Origin.NONE);
            case ARTICLE_ADDED -> {
                Optional<Article> article = tickets.article(due.articleId());
                if (article.isPresent()) {
                    run(due.event(), due.ticketId(), article, List.of(), origin);
                }
            }
            default -> run(due.event(), due.ticketId(), Optional.empty(), due.changes(), origin, due.rating());
        }
    }

    void run(RuleEvent event, long ticketId, Optional<Article> article, List<FieldChange> changes, Origin origin) {
        run(event, ticketId, article, changes, origin, null);
    }

    void run(RuleEvent event, long ticketId, Optional<Article> article, List<FieldChange> changes, Origin origin,
            TicketRated rating) {
        List<CompiledRule> triggers = book.active(event);
        if (triggers.isEmpty()) {
            return;
        }
        if (origin.depth() >= Origin.MAX_DEPTH) {
            long last = origin.chain().get(origin.chain().size() - 1);
            log.warn("trigger chain {} on ticket {} stopped at depth {}", origin.chain(), ticketId, origin.depth());
            runs.record("trigger", last, ticketId, clock.instant(), "stopped", "chain " + origin.chain());
            return;
        }
        Instant lastCustomerMessage = tickets.lastCustomerMessages(List.of(ticketId)).get(ticketId);
        Ticket ticket = tickets.find(ticketId).orElse(null);
        if (ticket == null) {
            return;
        }
        var customer = directory.user(ticket.customerId()).orElse(null);
        var facts = new TicketFacts(ticket, customer, article.orElse(null), changes, clock.instant(),
                lastCustomerMessage, rating);
        for (CompiledRule trigger : triggers) {
            if (origin.contains(trigger.id()) || !ConditionCheck.holds(trigger.conditions(), facts)) {
                continue;
            }
            if (apply(trigger, ticketId, origin)) {
                ticket = tickets.find(ticketId).orElse(null); // later triggers see what this one did
                if (ticket == null) {
                    return;
                }
                facts = new TicketFacts(ticket, directory.user(ticket.customerId()).orElse(null),
                        article.orElse(null), changes, clock.instant(), lastCustomerMessage, rating);
            }
        }
    }

    private boolean apply(CompiledRule trigger, long ticketId, Origin origin) {
        try {
            ownTransaction.executeWithoutResult(tx -> actions.run(trigger.actions(),
                    new SystemActing(tickets, ticketId, origin.then(trigger.id())), trigger.name()));
            runs.record("trigger", trigger.id(), ticketId, clock.instant(), "applied", null);
            return true;
        } catch (RuntimeException e) { // one failing trigger must not keep the others from running
            log.warn("trigger {} failed on ticket {}: {}", trigger.id(), ticketId, e.toString());
            runs.record("trigger", trigger.id(), ticketId, clock.instant(), "failed", failures.describe(e));
            return false;
        }
    }
}
