package dev.atende.reporting;

import dev.atende.support.Api;
import dev.atende.support.People;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A week of tickets in a group of its own, built by hand, whose KPIs are worked out on paper in
 * {@link KpiSpec}. Report period: Friday 2026-01-09 to Wednesday 2026-01-14 (São Paulo), shifted
 * back two weeks per fixture so that fixtures never share a period. The SLA policy counts Monday to
 * Friday, 08:00-18:00, and promises a first response in 60, a next response in 120 and a solution
 * in 600 business minutes.
 *
 * <pre>
 * T1 C1 A1 email  Fri 17:00 created, Mon 09:00 reply, Mon 10:00 solved; FR breached Fri 18:00; rated 5 (good)
 * T5 C2 -  web    Sat 10:00 created, Sat 12:00 reply, Sat 13:00 solved; no SLA policy; surveyed, no rating
 * T2 C1 A1 web    Mon 09:00 created, 09:30 reply, 10:00 solved, Tue 10:00 customer reopens, 11:00 reply,
 *                 12:00 solved; rated 2 (bad)
 * T3 C2 A2 web    Tue 08:00 created, Tue 14:00 reply, still open; FR breached Tue 09:00
 * T4 C2 A2 phone  Wed 10:00 created, 10:10 reply, 10:20 reply, 10:30 solved; rated 4 (good)
 * previous period: T0 C1 Mon 5th 10:00-11:00 closed unanswered; T6 C3 Tue 6th 10:00-11:00 closed
 * help center: 20 new-request forms with suggestions opened in the period; 7 sent no request
 * </pre>
 *
 * <p>Surveys and ratings are written into the survey module's tables and the help center's
 * sessions into the knowledge module's, as those modules would have written them: reports read
 * them through the real {@link RatingSource} and {@link DeflectionSource}.
 */
final class HandBuiltWeek {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    private static final Map<String, Object> HOURS = Map.of(
            "MONDAY", List.of(List.of("08:00", "18:00")), "TUESDAY", List.of(List.of("08:00", "18:00")),
            "WEDNESDAY", List.of(List.of("08:00", "18:00")), "THURSDAY", List.of(List.of("08:00", "18:00")),
            "FRIDAY", List.of(List.of("08:00", "18:00")));

    final HandBuiltTickets tickets;
    final long group;
    final TestUser c1, c2, c3, a1, a2;
    final long t0, t1, t2, t3, t4, t5, t6;

    HandBuiltWeek(Api api, People people, JdbcTemplate jdbc) {
        this(api, people, jdbc, -14 * FIXTURES.incrementAndGet());
    }

    /** Shifted by {@code shiftDays} (a multiple of 7, so that weekdays stay). */
    HandBuiltWeek(Api api, People people, JdbcTemplate jdbc, int shiftDays) {
        tickets = new HandBuiltTickets(jdbc, shiftDays);
        var admin = api.as(people.admin());
        group = admin.post("/api/v1/groups", Api.json("name", Unique.name("Relatórios"), "level", 1)).expect(201).id();
        long calendar = admin.post("/api/v1/calendars", Api.json("name", Unique.name("Comercial"),
                "timeZone", "America/Sao_Paulo", "hours", HOURS)).expect(201).id();
        long policy = admin.post("/api/v1/sla-policies", Api.json("name", Unique.name("Relatórios SLA"),
                "calendar", calendar, "conditions", Map.of("group", List.of(group)), "firstResponseMinutes", 60,
                "nextResponseMinutes", 120, "resolutionMinutes", 600, "active", false)).expect(201).id();
        c1 = people.customer();
        c2 = people.customer();
        c3 = people.customer();
        a1 = people.agent(group);
        a2 = people.agent(group);
        var t = tickets;

        t0 = t.ticket(c1.id(), group, null, "web", "closed", "2026-01-05 10:00", null, "2026-01-05 11:00");
        t6 = t.ticket(c3.id(), group, null, "email", "closed", "2026-01-06 10:00", null, "2026-01-06 11:00");

        t1 = t.ticket(c1.id(), group, a1.id(), "email", "solved", "2026-01-09 17:00", "2026-01-12 09:00",
                "2026-01-12 10:00");
        t.note(t1, a1.id(), "2026-01-09 17:30");
        t.article(t1, a1.id(), "agent", "2026-01-12 09:00");
        t.status(t1, "new", "open", "2026-01-12 09:00");
        t.status(t1, "open", "solved", "2026-01-12 10:00");
        t.sla(t1, policy, "2026-01-09 17:00");
        t.breach(t1, policy, "first_response", "2026-01-09 18:00");

        t5 = t.ticket(c2.id(), group, null, "web", "solved", "2026-01-10 10:00", "2026-01-10 12:00",
                "2026-01-10 13:00");
        t.article(t5, a2.id(), "agent", "2026-01-10 12:00");
        t.status(t5, "new", "open", "2026-01-10 12:00");
        t.status(t5, "open", "solved", "2026-01-10 13:00");

        t2 = t.ticket(c1.id(), group, a1.id(), "web", "solved", "2026-01-12 09:00", "2026-01-12 09:30",
                "2026-01-13 12:00");
        t.article(t2, a1.id(), "agent", "2026-01-12 09:30");
        t.status(t2, "new", "open", "2026-01-12 09:30");
        t.status(t2, "open", "solved", "2026-01-12 10:00");
        t.article(t2, c1.id(), "customer", "2026-01-13 10:00");
        t.status(t2, "solved", "open", "2026-01-13 10:00");
        t.article(t2, a1.id(), "agent", "2026-01-13 11:00");
        t.status(t2, "open", "solved", "2026-01-13 12:00");
        t.sla(t2, policy, "2026-01-12 09:00");

        t3 = t.ticket(c2.id(), group, a2.id(), "web", "open", "2026-01-13 08:00", "2026-01-13 14:00", null);
        t.article(t3, a2.id(), "agent", "2026-01-13 14:00");
        t.status(t3, "new", "open", "2026-01-13 14:00");
        t.sla(t3, policy, "2026-01-13 08:00");
        t.breach(t3, policy, "first_response", "2026-01-13 09:00");

        t4 = t.ticket(c2.id(), group, a2.id(), "phone", "solved", "2026-01-14 10:00", "2026-01-14 10:10",
                "2026-01-14 10:30");
        t.article(t4, a2.id(), "agent", "2026-01-14 10:10");
        t.article(t4, a2.id(), "agent", "2026-01-14 10:20");
        t.status(t4, "new", "open", "2026-01-14 10:10");
        t.status(t4, "open", "solved", "2026-01-14 10:30");
        t.sla(t4, policy, "2026-01-14 10:00");

        t.rating(t.survey(t1, c1.id(), a1.id(), group, "2026-01-12 10:05"), 5, "2026-01-12 11:00");
        t.survey(t5, c2.id(), null, group, "2026-01-10 13:05");
        t.rating(t.survey(t2, c1.id(), a1.id(), group, "2026-01-13 12:05"), 2, "2026-01-13 13:00");
        t.rating(t.survey(t4, c2.id(), a2.id(), group, "2026-01-14 10:35"), 4, "2026-01-14 11:00");

        // 20 forms with suggestions, Friday to Wednesday: 7 left alone, 13 sent within the hour
        String[] days = {"2026-01-09", "2026-01-10", "2026-01-11", "2026-01-12", "2026-01-13", "2026-01-14"};
        for (int i = 0; i < 20; i++) {
            t.suggestionSession(c3.id(), days[i % days.length] + " 1" + (i % 10) + ":00", i >= 7);
        }

        admin.post("/api/v1/reports/facts/rebuild", Map.of()).expect(200);
    }

    /** The report period's query string, with more parameters appended. */
    String period(String more) {
        return "from=" + tickets.day("2026-01-09") + "&to=" + tickets.day("2026-01-14")
                + "&timeZone=America/Sao_Paulo&group=" + group + (more.isEmpty() ? "" : "&" + more);
    }
}
