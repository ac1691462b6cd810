package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may read which reports, and what bad parameters get. */
abstract class ReportAccessSpec extends ApiSpec {

    private static final List<String> PATHS = List.of("/api/v1/reports/kpis", "/api/v1/reports/kpis.csv",
            "/api/v1/reports/tickets.csv", "/api/v1/reports/trend", "/api/v1/reports/trend.csv",
            "/api/v1/reports/breakdown", "/api/v1/reports/breakdown.csv", "/api/v1/reports/queue");

    HandBuiltWeek week;
    long otherGroup;

    @BeforeEach
    void buildTheWeek() {
        week = new HandBuiltWeek(api, people, jdbc);
        otherGroup = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Outro"), "level", 1))
                .expect(201).id();
        long customer = week.c1.id();
        week.tickets.ticket(customer, otherGroup, null, "web", "new", "2026-01-12 15:00", null, null);
        api.as(people.admin()).post("/api/v1/reports/facts/rebuild", Map.of()).expect(200);
    }

    private String period() {
        return "from=" + week.tickets.day("2026-01-09") + "&to=" + week.tickets.day("2026-01-14")
                + "&timeZone=America/Sao_Paulo";
    }

    @Test
    void customersAreRefusedAndVisitorsMustSignIn() {
        for (String path : PATHS) {
            api.as(week.c1).get(path).expectProblem(403);
            api.anonymous().get(path).expect(401);
        }
        api.as(week.c1).post("/api/v1/reports/facts/rebuild", Map.of()).expectProblem(403);
        api.as(week.a1).post("/api/v1/reports/facts/rebuild", Map.of()).expectProblem(403);
    }

    @Test
    void agentsSeeTheTicketsOfTheirGroupsOnly() {
        JsonNode mine = api.as(week.a1).get("/api/v1/reports/kpis?" + period()).expect(200).json();
        JsonNode all = api.as(people.admin()).get("/api/v1/reports/kpis?" + period()).expect(200).json();
        assertThat(mine.path("created").asLong()).isEqualTo(5);
        assertThat(all.path("created").asLong()).isEqualTo(6); // and the other group's ticket
        assertThat(api.as(week.a1).get("/api/v1/reports/kpis?" + period() + "&group=" + week.group).expect(200)
                .json().path("created").asLong()).isEqualTo(5);
        JsonNode refused = api.as(week.a1).get("/api/v1/reports/kpis?" + period() + "&group=" + otherGroup)
                .expectProblem(403);
        assertThat(refused.path("detail").asString()).contains("groups you belong to");
        api.as(week.a1).get("/api/v1/reports/tickets.csv?" + period() + "&group=" + otherGroup).expectProblem(403);
        String csv = api.as(week.a1).get("/api/v1/reports/tickets.csv?" + period()).expect(200).body();
        assertThat(csv.lines().count()).isEqualTo(6); // header and the five tickets of their group
    }

    @Test
    void badParametersAreNamed() {
        var admin = api.as(people.admin());
        assertThat(field(admin.get("/api/v1/reports/kpis?from=2026-02-01&to=2026-01-01").expectProblem(422)))
                .isEqualTo("to");
        assertThat(field(admin.get("/api/v1/reports/kpis?from=2026-13-40").expectProblem(422))).isEqualTo("from");
        assertThat(field(admin.get("/api/v1/reports/kpis?to=yesterday").expectProblem(422))).isEqualTo("to");
        assertThat(field(admin.get("/api/v1/reports/kpis?from=1900-01-01&to=2026-01-01").expectProblem(422)))
                .isEqualTo("from");
        assertThat(field(admin.get("/api/v1/reports/kpis?group=999999999").expectProblem(422))).isEqualTo("group");
        assertThat(field(admin.get("/api/v1/reports/kpis?group=abc").expectProblem(422))).isEqualTo("group");
        assertThat(field(admin.get("/api/v1/reports/kpis?agent=" + week.c1.id()).expectProblem(422)))
                .isEqualTo("agent");
        assertThat(field(admin.get("/api/v1/reports/kpis?timeZone=Mars/Olympus").expectProblem(422)))
                .isEqualTo("timeZone");
        assertThat(field(admin.get("/api/v1/reports/kpis?channel=fax").expectProblem(422))).isEqualTo("channel");
        assertThat(field(admin.get("/api/v1/reports/kpis?priority=%3Cscript%3E").expectProblem(422)))
                .isEqualTo("priority");
        assertThat(field(admin.get("/api/v1/reports/trend?interval=hour").expectProblem(422))).isEqualTo("interval");
        assertThat(field(admin.get("/api/v1/reports/trend?interval=day&from=2024-01-01&to=2026-01-01")
                .expectProblem(422))).isEqualTo("interval");
        assertThat(field(admin.get("/api/v1/reports/breakdown?by=colour").expectProblem(422))).isEqualTo("by");
        assertThat(field(admin.get("/api/v1/reports/tickets.csv?from=2026-02-01&to=2026-01-01").expectProblem(422)))
                .isEqualTo("to");
        assertThat(field(admin.get("/api/v1/reports/kpis.csv?interval=year").expectProblem(422)))
                .isEqualTo("interval");
        var everything = admin.get("/api/v1/reports/kpis?from=x&to=y&group=z&timeZone=w").expectProblem(422);
        assertThat(everything.path("errors").size()).isEqualTo(4);
    }

    @Test
    void liveQueueCounters() {
        JsonNode queue = api.as(people.admin()).get("/api/v1/reports/queue?group=" + week.group).expect(200).json();
        assertThat(queue.toString()).isEqualTo("{\"open\":1,\"unassigned\":0,\"breachingSoon\":0,\"overdue\":0}");
        JsonNode other = api.as(people.admin()).get("/api/v1/reports/queue?group=" + otherGroup).expect(200).json();
        assertThat(other.toString()).isEqualTo("{\"open\":1,\"unassigned\":1,\"breachingSoon\":0,\"overdue\":0}");
        api.as(week.a1).get("/api/v1/reports/queue?group=" + otherGroup).expectProblem(403);
    }

    private static String field(JsonNode problem) {
        return problem.path("errors").get(0).path("field").asString();
    }
}
