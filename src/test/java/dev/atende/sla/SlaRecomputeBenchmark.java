package dev.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Actor;
import dev.atende.identity.Role;
import dev.atende.shared.Change;
import dev.atende.sla.internal.SlaRecomputation;
import dev.atende.support.PostgresServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long recomputing the due times of 100,000 open tickets takes after their calendar changed.
 * Not part of the test suite (Surefire runs {@code *Tests}); run {@code bench/sla-recompute/run.sh}.
 * {@code -Dbench.tickets=N} changes the number; the figure is printed and written to
 * {@code -Dbench.out}.
 */
@PostgresServerTest
class SlaRecomputeBenchmark {

    private static final Actor ADMIN = new Actor(0, "bench", "bench", Role.ADMIN, null, false, Set.of(), null);

    @Autowired
    CalendarManagement calendars;

    @Autowired
    SlaPolicyManagement policies;

    @Autowired
    SlaRecomputation recomputation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recomputesTheDueTimesOfOpenTicketsAfterACalendarChange() throws Exception {
        int count = Integer.getInteger("bench.tickets", 100_000);
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        var hours = BusinessHours.weekdays(BusinessInterval.parse("08:00", "12:00"), BusinessInterval.parse("13:00", "18:00"));
        long calendar = calendars.create(ADMIN, new CalendarDraft(Change.to("Bench " + System.nanoTime()),
                Change.to(zone), Change.to(hours), Change.to(BrazilianHolidays.national()))).id();
        // an inactive policy: the tickets below are given it directly, no other ticket is matched to it
        long policy = policies.create(ADMIN, new PolicyDraft(Change.to("Bench " + System.nanoTime()), Change.absent(),
                Change.to(calendar), Change.absent(), Change.to(240), Change.to(120), Change.to(2400), Change.absent(),
                Change.absent(), Change.absent(), Change.to(false))).id();
        seed(count, policy);

        // Saturday mornings become business hours: every due time moves
        var longer = new EnumMap<DayOfWeek, List<BusinessInterval>>(hours.days());
        longer.put(DayOfWeek.SATURDAY, List.of(BusinessInterval.parse("08:00", "12:00")));
        jdbc.update("update sla_calendars set hours = ? where id = ?",
                "MONDAY=08:00-12:00,13:00-18:00;TUESDAY=08:00-12:00,13:00-18:00;WEDNESDAY=08:00-12:00,13:00-18:00;"
                        + "THURSDAY=08:00-12:00,13:00-18:00;FRIDAY=08:00-12:00,13:00-18:00;SATURDAY=08:00-12:00",
                calendar);
        System.gc();
        long start = System.nanoTime();
        int recomputed = recomputation.forCalendar(calendar);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        String report = String.join("\n",
                "=== SLA recomputation benchmark: due times after a calendar change, PostgreSQL ===",
                String.format("machine:     %d cores, %s %s", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.vm.name"), System.getProperty("java.specification.version")),
                String.format("tickets:     %,d open, under one policy (first response 4 h, next response 2 h, "
                        + "resolution 40 h) on a São Paulo calendar with two intervals a day and the national "
                        + "holidays; a third waiting on a customer's reply, a quarter with pauses", count),
                String.format("recomputed:  %,d tickets in %.2f s (%,.0f tickets/s; target: 100,000 in under 10 s)",
                        recomputed, took.toMillis() / 1000.0, recomputed / (took.toNanos() / 1e9)),
                "");
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/sla-recompute.txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(recomputed).isEqualTo(count);
    }

    /** Tickets and their SLA facts written straight to the tables: creating them is not what is measured. */
    private void seed(int count, long policy) {
        long customer = jdbc.queryForObject("select id from users order by id limit 1", Long.class);
        long group = jdbc.queryForObject("select id from support_groups order by id limit 1", Long.class);
        long firstNumber = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from tickets", Long.class);
        var random = new Random(5);
        Instant base = Instant.parse("2026-11-02T11:00:00Z");
        int chunk = 5000;
        for (int from = 0; from < count; from += chunk) {
            List<Object[]> tickets = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                Timestamp created = Timestamp.from(base.plusSeconds(random.nextInt(30 * 24 * 3600)));
                tickets.add(new Object[] {firstNumber + i, "Bench " + i, created, created});
            }
            jdbc.batchUpdate("insert into tickets (number, subject, status, priority, channel, customer_id, group_id, "
                    + "created_at, updated_at) values (?, ?, 'open', 1, 'email', " + customer + ", " + group + ", ?, ?)",
                    tickets);
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, created_at from tickets where number >= ? order by id", firstNumber);
        List<Object[]> slas = new ArrayList<>();
        for (var row : rows) {
            Instant created = ((Timestamp) row.get("created_at")).toInstant();
            String pauses = random.nextInt(4) == 0 ? created.plusSeconds(3600) + "/" + created.plusSeconds(90_000) : "";
            Timestamp awaiting = random.nextInt(3) == 0 ? Timestamp.from(created.plusSeconds(200_000)) : null;
            Timestamp answered = awaiting != null ? Timestamp.from(created.plusSeconds(7200)) : null;
            slas.add(new Object[] {row.get("id"), policy, Timestamp.from(created), pauses, answered, awaiting});
        }
        for (int from = 0; from < slas.size(); from += chunk) {
            jdbc.batchUpdate("insert into ticket_slas (ticket_id, policy_id, started_at, pauses, first_response_at, "
                    + "awaiting_reply_since) values (?, ?, ?, ?, ?, ?)", slas.subList(from, Math.min(slas.size(),
                    from + chunk)));
        }
    }
}
