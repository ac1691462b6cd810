package dev.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Calendars, policies and the SLA of tickets through the API. Policies are global, so every test
 * scopes its policies to a customer of its own: other tests' tickets never match them.
 */
abstract class SlaSpec extends ApiSpec {

    private static final Map<String, Object> ALL_DAY = Map.of("MONDAY", List.of(List.of("00:00", "24:00")),
            "TUESDAY", List.of(List.of("00:00", "24:00")), "WEDNESDAY", List.of(List.of("00:00", "24:00")),
            "THURSDAY", List.of(List.of("00:00", "24:00")), "FRIDAY", List.of(List.of("00:00", "24:00")),
            "SATURDAY", List.of(List.of("00:00", "24:00")), "SUNDAY", List.of(List.of("00:00", "24:00")));

    @Autowired
    dev.atende.sla.internal.SlaChecker checker;

    private long allDayCalendar() {
        return api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("24/7"),
                "timeZone", "America/Sao_Paulo", "hours", ALL_DAY)).expect(201).id();
    }

    private long policy(long calendar, TestUser customer, Object... more) {
        List<Object> fields = new ArrayList<>(List.of("name", Unique.name("SLA"), "calendar", calendar,
                "conditions", Map.of("customer", List.of(customer.id()))));
        fields.addAll(List.of(more));
        return api.as(people.admin()).post("/api/v1/sla-policies", Api.json(fields.toArray())).expect(201).id();
    }

    private JsonNode open(TestUser customer, Object... more) {
        List<Object> fields = new ArrayList<>(List.of("subject", "Sem acesso", "body", "Não consigo entrar"));
        fields.addAll(List.of(more));
        return api.as(customer).post("/api/v1/tickets", Api.json(fields.toArray())).expect(201).json();
    }

    private JsonNode sla(long ticketId) {
        return api.as(people.admin()).get("/api/v1/tickets/" + ticketId + "/sla").expect(200).json();
    }

    private static Instant at(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : Instant.parse(node.asString());
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }

    @Test
    void aCalendarKeepsItsHoursHolidaysAndZone() {
        var created = api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("Suporte SP"),
                "timeZone", "America/Sao_Paulo",
                "hours", Map.of("MONDAY", List.of(List.of("13:00", "18:00"), List.of("08:00", "12:00")),
                        "FRIDAY", List.of(List.of("08:00", "17:00"))),
                "holidays", List.of(Map.of("name", "Natal", "date", "12-25", "recurring", true),
                        Map.of("name", "Inventário", "date", "2026-12-30"),
                        Map.of("name", "Carnaval", "daysFromEaster", -47)))).expect(201);

        var calendar = api.as(people.agent()).get(created.header("Location")).expect(200).json();
        assertThat(calendar.path("timeZone").asString()).isEqualTo("America/Sao_Paulo");
        assertThat(calendar.path("hours").toString())
                .isEqualTo("{\"MONDAY\":[[\"08:00\",\"12:00\"],[\"13:00\",\"18:00\"]],\"FRIDAY\":[[\"08:00\",\"17:00\"]]}");
        assertThat(calendar.path("holidays").toString()).contains("\"date\":\"12-25\",\"recurring\":true")
                .contains("\"date\":\"2026-12-30\",\"recurring\":false").contains("\"daysFromEaster\":-47");
        var brazil = api.as(people.agent()).get("/api/v1/calendars/presets/brazil").expect(200).json();
        assertThat(brazil.valueStream().map(h -> h.path("name").asString())).contains("Tiradentes", "Corpus Christi",
                "Sexta-feira Santa", "Carnaval (terça-feira)");
    }

    @Test
    void badCalendarsAreRefusedWithEveryBadFieldNamed() {
        var problem = api.as(people.admin()).post("/api/v1/calendars", Api.json("name", "",
                "timeZone", "Mars/Olympus_Mons",
                "hours", Map.of("MONDAY", List.of(List.of("18:00", "08:00")), "FUNDAY", List.of(),
                        "TUESDAY", List.of(List.of("8h", "12h")), "FRIDAY", "all day"),
                "holidays", List.of(Map.of("name", "Sem data"), Map.of("name", "Páscoa", "daysFromEaster", 900),
                        Map.of("date", "2026-02-30", "name", "Inexistente"), Map.of("name", "X", "colour", "red")),
                "colour", "blue")).expectProblem(422);

        assertThat(fields(problem)).contains("name", "timeZone", "hours.MONDAY", "hours.FUNDAY", "hours.TUESDAY",
                "hours.FRIDAY", "holidays[0].date", "holidays[1].daysFromEaster", "holidays[2].date",
                "holidays[3].colour", "colour");
        var overlap = api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("x"),
                "hours", Map.of("MONDAY", List.of(List.of("08:00", "12:00"), List.of("11:00", "13:00")))))
                .expectProblem(422);
        assertThat(fields(overlap)).containsExactly("hours");
        var closed = api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("x"),
                "hours", Map.of())).expectProblem(422);
        assertThat(fields(closed)).containsExactly("hours");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Map.of("name", "d" + i, "date", "2030-01-01"));
        }
        assertThat(fields(api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("x"),
                "hours", ALL_DAY, "holidays", tooMany)).expectProblem(422))).containsExactly("holidays");
        assertThat(api.as(people.admin()).get("/api/v1/calendars").expect(200).json().valueStream()
                .map(c -> c.path("name").asString())).doesNotContain("");
    }

    @Test
    void onlyAdminsChangeCalendarsAndPoliciesAndCustomersSeeNone() {
        long calendar = allDayCalendar();
        var agent = people.agent();
        var customer = people.customer();

        api.as(agent).post("/api/v1/calendars", Api.json("name", Unique.name("x"), "hours", ALL_DAY)).expectProblem(403);
        api.as(agent).patch("/api/v1/calendars/" + calendar, Api.json("name", "Mine")).expectProblem(403);
        api.as(agent).post("/api/v1/sla-policies", Api.json("name", Unique.name("x"), "calendar", calendar))
                .expectProblem(403);
        api.as(customer).get("/api/v1/calendars").expectProblem(403);
        api.as(customer).get("/api/v1/sla-policies").expectProblem(403);
        api.anonymous().get("/api/v1/calendars").expectProblem(401);
        api.as(agent).get("/api/v1/calendars/" + calendar).expect(200);
        api.as(people.admin()).get("/api/v1/calendars/987654321").expectProblem(404);
    }

    @Test
    void aCalendarInUseCannotBeRemoved() {
        long calendar = allDayCalendar();
        long policy = policy(calendar, people.customer(), "resolutionMinutes", 60);

        var problem = api.as(people.admin()).delete("/api/v1/calendars/" + calendar).expectProblem(409);

        assertThat(problem.path("detail").asString()).contains("1");
        api.as(people.admin()).delete("/api/v1/sla-policies/" + policy).expect(204);
        api.as(people.admin()).delete("/api/v1/calendars/" + calendar).expect(204);
    }

    @Test
    void badPoliciesAreRefusedWithEveryBadFieldNamed() {
        long calendar = allDayCalendar();

        var unreadable = api.as(people.admin()).post("/api/v1/sla-policies", Api.json("name", Unique.name("x"),
                "calendar", "main", "nextResponseMinutes", "soon", "pauseOnPending", "yes",
                "conditions", Map.of("priority", List.of("critical"), "organization", List.of("acme"),
                        "mood", List.of("angry")))).expectProblem(422);
        var wrong = api.as(people.admin()).post("/api/v1/sla-policies", Api.json("name", Unique.name("x"),
                "calendar", 987654321, "order", -1, "firstResponseMinutes", 0, "resolutionMinutes", 600_000,
                "warnAtPercent", 100)).expectProblem(422);

        assertThat(fields(unreadable)).containsExactlyInAnyOrder("calendar", "nextResponseMinutes", "pauseOnPending",
                "conditions.priority", "conditions.organization", "conditions.mood");
        assertThat(fields(wrong)).containsExactlyInAnyOrder("calendar", "order", "firstResponseMinutes",
                "resolutionMinutes", "warnAtPercent");
        String name = Unique.name("SLA");
        api.as(people.admin()).post("/api/v1/sla-policies", Api.json("name", name, "calendar", calendar,
                "active", false)).expect(201); // a catch-all would cover the other tests' tickets
        assertThat(fields(api.as(people.admin()).post("/api/v1/sla-policies", Api.json("name", name.toUpperCase(),
                "calendar", calendar)).expectProblem(422))).containsExactly("name");
    }

    @Test
    void aNewTicketGetsTheDueTimesOfTheFirstPolicyThatMatches() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "order", 1, "conditions", Map.of("customer", List.of(customer.id()),
                "priority", List.of("urgent")), "firstResponseMinutes", 15, "resolutionMinutes", 120);
        long general = policy(calendar, customer, "order", 2, "firstResponseMinutes", 60, "resolutionMinutes", 480);

        var ticket = open(customer);
        var sla = sla(ticket.path("id").asLong());

        Instant created = at(ticket.path("createdAt"));
        assertThat(sla.path("policyId").asLong()).isEqualTo(general);
        assertThat(at(sla.path("firstResponseDueAt"))).isEqualTo(created.plus(Duration.ofMinutes(60)));
        assertThat(at(sla.path("resolutionDueAt"))).isEqualTo(created.plus(Duration.ofMinutes(480)));
        assertThat(sla.path("nextResponseDueAt").isNull()).isTrue();
        assertThat(at(sla.path("nextDueAt"))).isEqualTo(created.plus(Duration.ofMinutes(60)));

        api.as(people.admin()).patch("/api/v1/tickets/" + ticket.path("id").asLong(), Api.json("priority", "urgent"))
                .expect(200);
        var urgent = sla(ticket.path("id").asLong());
        assertThat(urgent.path("policyId").asLong()).isNotEqualTo(general);
        assertThat(at(urgent.path("firstResponseDueAt"))).as("raised to urgent: same start, new target")
                .isEqualTo(created.plus(Duration.ofMinutes(15)));
        var other = open(people.customer());
        api.as(people.admin()).get("/api/v1/tickets/" + other.path("id").asLong() + "/sla").expect(204);
    }

    @Test
    void theClockStopsWhilePendingAndTheAnswerMeetsTheFirstResponse() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "firstResponseMinutes", 60, "nextResponseMinutes", 30, "resolutionMinutes", 480);
        long id = open(customer).path("id").asLong();
        Instant due = at(sla(id).path("resolutionDueAt"));

        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "pending")).expect(200);
        var paused = sla(id);
        assertThat(paused.path("paused").asBoolean()).isTrue();
        assertThat(paused.path("resolutionDueAt").isNull()).isTrue();
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "open")).expect(200);
        var resumed = sla(id);
        assertThat(resumed.path("paused").asBoolean()).isFalse();
        assertThat(at(resumed.path("resolutionDueAt"))).isAfter(due);

        api.as(people.admin()).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Olá, vamos ver."))
                .expect(201);
        var answered = sla(id);
        assertThat(at(answered.path("nextDueAt"))).as("the first response is met: resolution is next")
                .isEqualTo(at(answered.path("resolutionDueAt")));
        api.as(customer).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Ainda não funciona"))
                .expect(201);
        var waiting = sla(id);
        assertThat(at(waiting.path("nextResponseDueAt"))).isNotNull();
        assertThat(at(waiting.path("nextDueAt"))).isEqualTo(at(waiting.path("nextResponseDueAt")));
    }

    @Test
    void theClockResumesEvenWhenThePolicyStoppedPausingMeanwhile() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        long policy = policy(calendar, customer, "resolutionMinutes", 480);
        long id = open(customer).path("id").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "pending")).expect(200);
        assertThat(sla(id).path("paused").asBoolean()).isTrue();

        api.as(people.admin()).patch("/api/v1/sla-policies/" + policy, Api.json("pauseOnPending", false)).expect(200);
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "open")).expect(200);

        assertThat(sla(id).path("paused").asBoolean()).isFalse();
        assertThat(sla(id).path("resolutionDueAt").isString()).isTrue();
    }

    @Test
    void aCustomersFollowUpBeforeTheFirstAnswerStartsNoSecondDeadline() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "firstResponseMinutes", 60, "nextResponseMinutes", 30);
        long id = open(customer).path("id").asLong();

        api.as(customer).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Alguma novidade?")).expect(201);

        assertThat(sla(id).path("nextResponseDueAt").isNull()).isTrue();
        assertThat(at(sla(id).path("nextDueAt"))).isEqualTo(at(sla(id).path("firstResponseDueAt")));
    }

    @Test
    void aTargetTheCalendarCannotReachIsRefused() {
        long saturdayMornings = api.as(people.admin()).post("/api/v1/calendars", Api.json("name", Unique.name("sáb"),
                "hours", Map.of("SATURDAY", List.of(List.of("09:00", "12:00"))))).expect(201).id();

        var problem = api.as(people.admin()).post("/api/v1/sla-policies", Api.json("name", Unique.name("x"),
                "calendar", saturdayMornings, "resolutionMinutes", 525_600)).expectProblem(422);

        assertThat(fields(problem)).containsExactly("resolutionMinutes");
    }

    @Test
    void aBreachIsRecordedOnceWithTheTimeItHappenedEvenWhenNoticedLate() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "firstResponseMinutes", 1, "resolutionMinutes", 600);
        var ticket = open(customer);
        long id = ticket.path("id").asLong();
        Instant due = at(ticket.path("createdAt")).plus(Duration.ofMinutes(1));

        checker.check(due.plus(Duration.ofHours(3))); // as if the server had been down for three hours
        checker.check(due.plus(Duration.ofHours(4)));

        assertThat(sla(id).path("breached").toString()).isEqualTo("[\"first_response\"]");
        var breaches = jdbc.query("select target, due_at from sla_breaches where ticket_id = ?",
                (rs, i) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant(), id);
        assertThat(breaches).containsExactly("first_response " + due);
    }

    @Test
    void theAssigneeHearsOfAMissedDeadlineByMail() throws Exception {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "firstResponseMinutes", 1);
        var ticket = open(customer);
        long l1 = ticket.path("group").path("id").asLong();
        var agent = people.agent(l1);
        api.as(people.admin()).patch("/api/v1/tickets/" + ticket.path("id").asLong(), Api.json("assignee", agent.id()))
                .expect(200);

        checker.check(at(ticket.path("createdAt")).plus(Duration.ofMinutes(2)));

        List<String> texts = eventually(() -> dev.atende.support.TestMail.to(agent.email()).stream()
                .map(SlaSpec::text).toList(), all -> all.stream().anyMatch(t -> t.contains("missed its first-response")));
        assertThat(texts).anyMatch(text -> text.contains("missed its first-response deadline: Sem acesso"));
    }

    @Test
    void aMissedDeadlineFiresTheBreachTriggers() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "firstResponseMinutes", 1);
        String token = Unique.name("late");
        api.as(people.admin()).post("/api/v1/triggers", Api.json("name", Unique.name("breach"), "event", "sla.breached",
                "conditions", Map.of("all", List.of(Map.of("field", "subject", "op", "contains", "value", token))),
                "actions", List.of(Map.of("type", "add_tags", "value", List.of("sla-missed")),
                        Map.of("type", "set", "field", "priority", "value", "urgent")))).expect(201);
        var ticket = open(customer, "subject", "Servidor " + token);

        checker.check(at(ticket.path("createdAt")).plus(Duration.ofMinutes(2)));

        JsonNode raised = eventually(() -> api.as(people.admin()).get("/api/v1/tickets/" + ticket.path("id").asLong())
                .expect(200).json(), t -> t.path("priority").asString().equals("urgent"));
        assertThat(raised.path("priority").asString()).isEqualTo("urgent");
        assertThat(raised.path("tags").toString()).contains("sla-missed");
        assertThat(raised.path("sla").path("breached").toString()).isEqualTo("[\"first_response\"]");
    }

    @Test
    void theTeamSeesTheSlaOnTheTicketAndQueuesSortByTheNextDeadline() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "conditions", Map.of("customer", List.of(customer.id()), "priority", List.of("high")),
                "order", 0, "resolutionMinutes", 30);
        policy(calendar, customer, "resolutionMinutes", 600);
        long later = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Lento", "body", "x",
                "customer", Map.of("email", customer.email()), "priority", "normal")).expect(201).id();
        long sooner = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Parado", "body", "x",
                "customer", Map.of("email", customer.email()), "priority", "high")).expect(201).id();

        var agentView = api.as(people.admin()).get("/api/v1/tickets/" + sooner).expect(200).json();
        assertThat(agentView.path("sla").path("resolutionDueAt").isString()).isTrue();
        assertThat(api.as(customer).get("/api/v1/tickets/" + sooner).expect(200).json().path("sla").isNull())
                .as("customers never see the team's deadlines").isTrue();
        var queue = api.as(people.admin()).get("/api/v1/tickets?customer=" + customer.id() + "&sort=due").expect(200)
                .json().path("items");
        assertThat(queue.valueStream().map(t -> t.path("id").asLong())).containsExactly(sooner, later);
        api.as(people.admin()).patch("/api/v1/tickets/" + later, Api.json("priority", "high")).expect(200);
        var history = api.as(people.admin()).get("/api/v1/tickets/" + later + "/history").expect(200).json();
        assertThat(history.valueStream().map(h -> h.path("field").asString())).contains("slaPolicy", "slaDue");
    }

    /** The plain-text part of a mail. */
    private static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i)));
                }
                return all.toString();
            }
            return part.isMimeType("text/plain") ? String.valueOf(content) : "";
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void aChangedCalendarMovesTheDueTimesOfOpenTickets() {
        long calendar = allDayCalendar();
        var customer = people.customer();
        policy(calendar, customer, "resolutionMinutes", 60);
        long id = open(customer).path("id").asLong();
        Instant before = at(sla(id).path("resolutionDueAt"));

        api.as(people.admin()).patch("/api/v1/calendars/" + calendar, Api.json("holidays", List.of(
                Map.of("name", "Hoje", "date", before.atZone(java.time.ZoneId.of("America/Sao_Paulo")).toLocalDate()
                        .toString())))).expect(200);

        Instant after = eventually(() -> at(sla(id).path("resolutionDueAt")), due -> !due.equals(before));
        assertThat(after).as("the rest of the hour moved past the holiday").isAfter(before);
    }
}
