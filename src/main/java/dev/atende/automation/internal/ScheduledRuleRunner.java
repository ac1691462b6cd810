package dev.atende.automation.internal;

import dev.atende.automation.ScheduledRule;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAutomation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of the scheduled rules over every ticket that is not closed, in batches, at a given
 * "now" (the job passes the clock's; tests pass a later one). A rule acts on a ticket once while
 * its conditions hold; when they stop holding it forgets the ticket, so it may act again later.
 * Each action runs in a transaction of its own: one ticket that fails does not stop the others.
 */
@Component
public class ScheduledRuleRunner {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ScheduledRuleRunner.class);

    private final ScheduledRules rules;
    private final TicketAutomation tickets;
    private final Directory directory;
    private final ScheduleHits hits;
    private final ActionRunner actions;
    private final RunLog runs;
    private final RuleFailures failures;
    private final TransactionTemplate ownTransaction;

    ScheduledRuleRunner(ScheduledRules rules, TicketAutomation tickets, Directory directory, ScheduleHits hits,
            ActionRunner actions, RunLog runs, RuleFailures failures, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.tickets = tickets;
        this.directory = directory;
        this.hits = hits;
        this.actions = actions;
        this.runs = runs;
        this.failures = failures;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs every active rule at {@code now}; answers how many times a rule acted. */
    public int runAt(Instant now) {
        List<CompiledRule> active = new ArrayList<>();
        for (ScheduledRule rule : rules.findByActiveTrueOrderBySortOrderAscIdAsc()) {
            try {
                active.add(CompiledRule.of(rule.id(), rule.name(), rule.version(), RuleReader.Scope.SCHEDULE,
                        rule.conditionsJson(), rule.actionsJson()));
            } catch (RuntimeException e) {
                log.warn("scheduled rule {} cannot be read and is skipped: {}", rule.id(), e.toString());
            }
        }
        if (active.isEmpty()) {
            return 0;
        }
        int acted = 0;
        long after = 0;
        while (true) {
            List<Ticket> batch = tickets.notClosedAfter(after, BATCH);
            if (batch.isEmpty()) {
                return acted;
            }
            after = batch.get(batch.size() - 1).id();
            acted += runBatch(active, batch, now);
        }
    }

    private int runBatch(List<CompiledRule> active, List<Ticket> batch, Instant now) {
        List<Long> ids = batch.stream().map(Ticket::id).toList();
        Map<Long, Instant> lastCustomer = tickets.lastCustomerMessages(ids);
        Map<Long, User> customers = batch.stream().map(Ticket::customerId).distinct()
                .map(id -> directory.user(id).orElse(null)).filter(u -> u != null)
                .collect(Collectors.toMap(User::id, Function.identity()));
        int acted = 0;
        for (CompiledRule rule : active) {
            Set<Long> done = hits.hit(rule.id(), ids);
            for (Ticket ticket : batch) {
                Ticket current = ticket;
                var facts = new TicketFacts(current, customers.get(current.customerId()), null, List.of(), now,
                        lastCustomer.get(current.id()));
                boolean holds = ConditionCheck.holds(rule.conditions(), facts);
                if (!holds && done.contains(current.id())) {
                    hits.forget(rule.id(), current.id());
                } else if (holds && !done.contains(current.id())) {
                    acted += apply(rule, current.id(), now) ? 1 : 0;
                }
            }
        }
        return acted;
    }

    private boolean apply(CompiledRule rule, long ticketId, Instant now) {
        try {
            ownTransaction.executeWithoutResult(tx -> {
                actions.run(rule.actions(), new SystemActing(tickets, ticketId, "schedule:" + rule.id()), rule.name());
                hits.remember(rule.id(), ticketId, now);
            });
            runs.record("schedule", rule.id(), ticketId, now, "applied", null);
            return true;
        } catch (RuntimeException e) {
            log.warn("scheduled rule {} failed on ticket {}: {}", rule.id(), ticketId, e.toString());
            // remembered all the same, so a rule that cannot act is not retried every minute
            ownTransaction.executeWithoutResult(tx -> hits.remember(rule.id(), ticketId, now));
            runs.record("schedule", rule.id(), ticketId, now, "failed", failures.describe(e));
            return false;
        }
    }
}
