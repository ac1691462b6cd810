package dev.atende.automation;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.PostgresServerTest;
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
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.tickets=N} per round (default 500). It prints
 * the figures and writes them to {@code target/bench/triggers.txt}.
 */
@PostgresServerTest
class TriggerLoadBenchmark extends ApiSpec {

    private static final int TICKETS = Integer.getInteger("bench.tickets", 500);
    private static final int CLIENTS = 4;

    @Test
    void creationWithTwoHundredTriggers() throws Exception {
        // a token, not a password: bcrypt on every call would be all the benchmark measures
        Api customer = api.bearer(api.as(people.customer()).post("/api/v1/tokens", Api.json("name", "bench"))
                .expect(201).json().path("token").asString());
        List<Long> triggers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String event = i % 3 == 0 ? "ticket.created" : i % 3 == 1 ? "ticket.updated" : "article.added";
            triggers.add(api.as(people.admin()).post("/api/v1/triggers", Api.json("name", "Load " + i, "event", event,
                    "active", false, "conditions", Api.json("all", List.of(
                            Api.json("field", "subject", "op", "contains", "value", Unique.name("never")),
                            Api.json("field", "priority", "op", "is", "value", "urgent")),
                            "any", List.of(Api.json("field", "tags", "op", "contains", "value", "vip"),
                                    Api.json("field", "subject", "op", "matches", "value", "*falha*"))),
                    "actions", List.of(Api.json("type", "add_tags", "value", List.of("load")),
                            Api.json("type", "note", "body", "{{ticket.number}}")))).expect(201).id());
        }
        try {
            round(customer, 300); // warm-up
            // alternate, and keep each side's best round: the machine is shared, its load comes and goes
            Figures none = null;
            Figures loaded = null;
            for (int r = 0; r < 3; r++) {
                none = best(none, round(customer, TICKETS));
                jdbc.update("update automation_triggers set active = true where name like 'Load %'");
                loaded = best(loaded, round(customer, TICKETS));
                jdbc.update("update automation_triggers set active = false where name like 'Load %'");
            }
            String report = String.format(java.util.Locale.ROOT,
                    "tickets per round: %d, clients: %d, best of 3 alternating rounds%n"
                            + "no triggers:   %.1f tickets/s through the API, %.1f/s with reactions done%n"
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

    private static Figures best(Figures a, Figures b) {
        return a == null || b.done() > a.done() ? b : a;
    }

    record Figures(double api, double done) {
    }

    private Figures round(Api customer, int count) throws InterruptedException, IOException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long before = pending();
        long started = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(clients.submit(() -> customer.post("/api/v1/tickets",
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
