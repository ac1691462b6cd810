package dev.atende.automation;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.PostgresServerTest;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Ticket creation with no trigger against 200 active triggers (none of which match, so each is
 * evaluated on every event, the usual case): tickets per second through the API, and until every
 * event reaction (triggers, mail) has finished.
 *
 * <p>Not part of the test suite (Surefire runs {@code *Tests}); run it with
 * {@code ATENDE_TEST_POSTGRES_URL=... ./mvnw test -Dtest=TriggerLoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.tickets=N} (default 400). It prints
 * the figures and writes them to {@code target/bench/triggers.txt}.
 */
@PostgresServerTest
class TriggerLoadBenchmark extends ApiSpec {

    private static final int TICKETS = Integer.getInteger("bench.tickets", 400);
    private static final int CLIENTS = 4;

    @Test
    void creationWithTwoHundredTriggers() throws Exception {
        TestUser customer = people.customer();
        round(customer, 50); // warm-up
        Figures none = round(customer, TICKETS);
        List<Long> triggers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String event = i % 3 == 0 ? "ticket.created" : i % 3 == 1 ? "ticket.updated" : "article.added";
            triggers.add(api.as(people.admin()).post("/api/v1/triggers", Api.json("name", "Load " + i, "event", event,
                    "conditions", Api.json("all", List.of(
                            Api.json("field", "subject", "op", "contains", "value", Unique.name("never")),
                            Api.json("field", "priority", "op", "is", "value", "urgent")),
                            "any", List.of(Api.json("field", "tags", "op", "contains", "value", "vip"),
                                    Api.json("field", "subject", "op", "matches", "value", "*falha*"))),
                    "actions", List.of(Api.json("type", "add_tags", "value", List.of("load")),
                            Api.json("type", "note", "body", "{{ticket.number}}")))).expect(201).id());
        }
        try {
            round(customer, 50);
            Figures loaded = round(customer, TICKETS);
            String report = String.format(java.util.Locale.ROOT,
                    "tickets: %d, clients: %d%nno triggers:   %.1f tickets/s through the API, %.1f/s with reactions done%n"
                            + "200 triggers:  %.1f tickets/s through the API, %.1f/s with reactions done%n"
                            + "change: %+.1f%% (API), %+.1f%% (with reactions)%n",
                    TICKETS, CLIENTS, none.api(), none.done(), loaded.api(), loaded.done(),
                    100 * (loaded.api() / none.api() - 1), 100 * (loaded.done() / none.done() - 1));
            System.out.println(report);
            Path out = Path.of("target/bench/triggers.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            triggers.forEach(id -> api.as(people.admin()).delete("/api/v1/triggers/" + id));
        }
    }

    record Figures(double api, double done) {
    }

    private Figures round(TestUser customer, int count) throws InterruptedException, IOException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long before = pending();
        long started = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(clients.submit(() -> api.as(customer).post("/api/v1/tickets",
                    Api.json("subject", "Carga " + n, "body", "Sem acesso ao sistema")).expect(201)));
        }
        for (Future<?> call : calls) {
            try {
                call.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
        double apiSeconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (pending() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double doneSeconds = (System.nanoTime() - started) / 1e9;
        return new Figures(count / apiSeconds, count / doneSeconds);
    }

    private long pending() {
        Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
        return count == null ? 0 : count;
    }
}
