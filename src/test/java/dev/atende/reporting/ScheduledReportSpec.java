package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.reporting.internal.ScheduledReports;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Weekly reports by mail: the KPIs and worst ratings of the week, once, and a week missed while down. */
abstract class ScheduledReportSpec extends ApiSpec {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Autowired
    ScheduledReports job;

    /** The last whole week (Monday to Monday, São Paulo) holds T2, T3 and T4; T1 and T5 the week before. */
    private HandBuiltWeek lastWeek() {
        LocalDate thisMonday = LocalDate.now(SAO_PAULO).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int shift = (int) ChronoUnit.DAYS.between(LocalDate.parse("2026-01-12"), thisMonday.minusWeeks(1));
        return new HandBuiltWeek(api, people, jdbc, shift);
    }

    private JsonNode schedule(HandBuiltWeek week, TestUser... recipients) {
        return api.as(people.admin()).post("/api/v1/reports/schedules", Api.json("name", Unique.name("Semanal"),
                "frequency", "weekly", "group", week.group, "timeZone", "America/Sao_Paulo",
                "recipients", List.of(recipients).stream().map(TestUser::id).toList())).expect(201).json();
    }

    @Test
    void aWeekMissedWhileTheServerWasDownIsMailedAtTheNextRunOnce() throws Exception {
        HandBuiltWeek week = lastWeek();
        TestUser lead = people.create(dev.atende.identity.Role.AGENT, Map.of("locale", "pt-BR"));
        JsonNode created = schedule(week, lead, week.a1);
        long id = created.path("id").asLong();
        Instant boundary = Instant.parse(created.path("lastPeriodEnd").asString());
        assertThat(boundary.atZone(SAO_PAULO).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        job.runDue(Instant.now());
        assertThat(TestMail.to(lead.email())).isEmpty(); // the week in progress is not over

        // the server was down last Monday: that week's report was never sent
        jdbc.update("update report_schedules set last_period_end = ? where id = ?",
                OffsetDateTime.parse(created.path("lastPeriodEnd").asString()).minusWeeks(1), id);
        job.runDue(Instant.now());

        MimeMessage mail = TestMail.await(lead.email(), 1).get(0);
        assertThat(mail.getSubject()).startsWith("[Atende] " + created.path("name").asString() + ": ");
        String text = body(mail);
        assertThat(text).contains("Criados: 3 (antes: 4, -25 %)"); // T2, T3, T4 against T0, T6, T1, T5
        assertThat(text).contains("Chamados com as piores avaliações");
        long t2 = jdbc.queryForObject("select number from tickets where id = ?", Long.class, week.t2);
        long t4 = jdbc.queryForObject("select number from tickets where id = ?", Long.class, week.t4);
        assertThat(text.indexOf("#" + t2)).isPositive().isLessThan(text.indexOf("#" + t4));
        assertThat(text).contains("#" + t2 + " Fixture " + t2 + " - 2/5");
        TestMail.await(week.a1.email(), 1);

        JsonNode after = api.as(people.admin()).get("/api/v1/reports/schedules/" + id).expect(200).json();
        assertThat(after.path("lastPeriodEnd").asString()).isEqualTo(created.path("lastPeriodEnd").asString());
        assertThat(after.path("lastRunAt").isNull()).isFalse();
        job.runDue(Instant.now());
        Thread.sleep(1500); // the outbox sends every half second: nothing more arrives
        assertThat(TestMail.to(lead.email())).hasSize(1);
    }

    @Test
    void runsOnlyOnTheNodeHoldingTheLease() {
        HandBuiltWeek week = lastWeek();
        TestUser lead = people.agent(week.group);
        long id = schedule(week, lead).path("id").asLong();
        jdbc.update("update report_schedules set last_period_end = null where id = ?", id);
        holdLease();
        job.run(); // another node has it
        assertThat(jdbc.queryForObject("select last_run_at from report_schedules where id = ?", Object.class, id))
                .isNull();
        jdbc.update("update scheduler_locks set locked_until = ? where name = ?",
                OffsetDateTime.now().minusSeconds(1), ScheduledReports.LOCK);
        job.run();
        assertThat(jdbc.queryForObject("select last_run_at from report_schedules where id = ?", Object.class, id))
                .isNotNull();
        TestMail.await(lead.email(), 1);
    }

    @Test
    void onlyAdminsScheduleAndOnlyForStaff() {
        HandBuiltWeek week = lastWeek();
        api.as(week.a1).get("/api/v1/reports/schedules").expectProblem(403);
        api.as(week.c1).post("/api/v1/reports/schedules", Api.json("name", "x")).expectProblem(403);
        JsonNode problem = api.as(people.admin()).post("/api/v1/reports/schedules", Api.json("name", " ",
                "frequency", "daily", "group", 987654321, "timeZone", "Lua/Base", "recipients", List.of(week.c1.id()),
                "colour", "blue")).expectProblem(422);
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("colour");
        JsonNode rules = api.as(people.admin()).post("/api/v1/reports/schedules", Api.json("name", "Semanal",
                "frequency", "daily", "group", 987654321, "timeZone", "Lua/Base", "recipients", List.of(week.c1.id())))
                .expectProblem(422);
        assertThat(rules.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("frequency", "group", "timeZone", "recipients");
        api.as(people.admin()).get("/api/v1/reports/schedules/987654321").expectProblem(404);
    }

    /** Another node holds the lease (as its row says); waits while the background job on this node has it. */
    private void holdLease() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            OffsetDateTime until = OffsetDateTime.now().plusMinutes(5);
            int taken = jdbc.update("update scheduler_locks set locked_until = ?, locked_by = 'other-node' "
                    + "where name = ? and locked_until <= ?", until, ScheduledReports.LOCK, OffsetDateTime.now());
            if (taken == 0 && jdbc.queryForObject("select count(*) from scheduler_locks where name = ?", Integer.class,
                    ScheduledReports.LOCK) == 0) {
                taken = jdbc.update("insert into scheduler_locks (name, locked_until, locked_by) values (?, ?, 'other-node')",
                        ScheduledReports.LOCK, until);
            }
            if (taken == 1) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the scheduled reports lease stayed taken");
    }

    /** The plain-text part. */
    private static String body(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            return text(multipart);
        }
        return content.toString();
    }

    private static String text(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                String found = text(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
