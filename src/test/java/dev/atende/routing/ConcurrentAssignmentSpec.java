package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.routing.internal.Assigner;
import dev.atende.support.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two tickets assigned at the same moment on two threads: an agent with room for one gets one.
 *
 * <p>Each thread assigns inside its own transaction and then holds that transaction open until
 * the other thread has assigned too (or a bounded wait ends). Without the assignment lock both
 * threads count the agent's load before either commits, see room, and both take the agent;
 * with it the second thread waits for the first to commit and then finds the agent full.
 */
abstract class ConcurrentAssignmentSpec extends RoutingSpecBase {

    @Autowired
    Assigner assigner;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Escalation escalation;

    @Test
    void twoTicketsAtOnceNeverBothTakeAnAgentsLastPlace() throws Exception {
        long group = group(1, Map.of());
        TestUser agent = people.agent(group);
        long first = ticket(group, null);
        long second = ticket(group, null);
        awaitRoutingIdle();
        // switched in the database, so that no reaction to the change assigns before the threads do
        jdbc.update("update support_groups set assignment = 'least_loaded', max_open_per_agent = 1 where id = ?", group);

        CountDownLatch bothAssigned = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Long>>> results = new ArrayList<>();
            for (long ticket : new long[] {first, second}) {
                results.add(threads.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
                    Optional<Long> chosen = assigner.assign(ticket);
                    bothAssigned.countDown();
                    try {
                        bothAssigned.await(800, TimeUnit.MILLISECONDS); // bounded: with the lock the other waits on us
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return chosen;
                })));
            }
            long assigned = 0;
            for (Future<Optional<Long>> result : results) {
                assigned += result.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(assigned).isLessThanOrEqualTo(1); // the minute sweep may have taken the place first
        } finally {
            threads.shutdownNow();
        }
        Long holding = jdbc.queryForObject("select count(*) from tickets where assignee_id = ? and id in (?, ?)",
                Long.class, agent.id(), first, second);
        assertThat(holding).isEqualTo(1);
    }

    @Test
    void theSystemEscalatesWithoutAPersonAndTheHistorySaysSo() {
        long high = group(2, Map.of());
        long low = group(1, Map.of());
        jdbc.update("update support_groups set escalates_to_id = ? where id = ?", high, low);
        long ticket = ticket(low, null);

        escalation.escalate(null, ticket, null, "SLA breached");

        assertThat(ticketJson(ticket).path("group").path("id").asLong()).isEqualTo(high);
        var row = jdbc.queryForMap("select actor_id, note from ticket_history where ticket_id = ? and field = 'escalation'",
                ticket);
        assertThat(row.get("actor_id")).isNull();
        assertThat(row.get("note")).isEqualTo("SLA breached");
    }
}
