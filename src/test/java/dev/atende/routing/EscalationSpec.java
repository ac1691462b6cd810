package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Escalation up and down the levels: reasons, history, re-assignment, and who may do it. */
abstract class EscalationSpec extends RoutingSpecBase {

    /** L1 → L2 → L3 of this test's own. */
    long[] levels(Map<String, ?> l2Routing) {
        long l3 = group(3, Map.of());
        long l2 = group(2, Map.of());
        api.as(people.admin()).patch("/api/v1/groups/" + l2, Api.json("escalatesTo", l3)).expect(200);
        if (!l2Routing.isEmpty()) {
            api.as(people.admin()).patch("/api/v1/groups/" + l2, l2Routing).expect(200);
        }
        long l1 = group(1, Map.of());
        api.as(people.admin()).patch("/api/v1/groups/" + l1, Api.json("escalatesTo", l2)).expect(200);
        return new long[] {l1, l2, l3};
    }

    @Test
    void escalationMovesTheTicketUpDropsTheAssigneeAndTellsWhyInTheHistory() {
        long[] level = levels(Map.of("assignment", "round_robin"));
        TestUser first = people.agent(level[0]);
        TestUser second = people.agent(level[1]);
        long ticket = ticket(level[0], null);
        api.as(first).patch("/api/v1/tickets/" + ticket, Api.json("assignee", first.id())).expect(200);

        JsonNode moved = api.as(first).post("/api/v1/tickets/" + ticket + "/escalate",
                Api.json("reason", "  Needs a database specialist  ")).expect(200).json();
        assertThat(moved.path("group").path("id").asLong()).isEqualTo(level[1]);

        awaitAssignee(ticket, second);
        JsonNode history = api.as(people.admin()).get("/api/v1/tickets/" + ticket + "/history").expect(200).json();
        JsonNode escalation = history.valueStream().filter(h -> h.path("field").asString().equals("escalation"))
                .findFirst().orElseThrow();
        assertThat(escalation.path("actor").path("id").asLong()).isEqualTo(first.id());
        assertThat(escalation.path("from").asString()).isEqualTo(Long.toString(level[0]));
        assertThat(escalation.path("to").asString()).isEqualTo(Long.toString(level[1]));
        assertThat(escalation.path("note").asString()).isEqualTo("Needs a database specialist");
        assertThat(history.valueStream().filter(h -> h.path("field").asString().equals("assignee")
                && h.path("from").asString().equals(Long.toString(first.id())) && h.path("to").isNull())).hasSize(1);
    }

    @Test
    void anAgentMayEscalateToAnyHigherGroupAndHandBackDown() {
        long[] level = levels(Map.of());
        TestUser agent = people.agent(level[0], level[1], level[2]);
        long ticket = ticket(level[0], null);
        String path = "/api/v1/tickets/" + ticket;

        api.as(agent).post(path + "/escalate", Api.json("toGroup", level[2], "reason", "Straight to L3")).expect(200);
        assertThat(ticketJson(ticket).path("group").path("id").asLong()).isEqualTo(level[2]);
        api.as(agent).post(path + "/deescalate", Api.json("reason", "L2 can finish it")).expect(200);
        assertThat(ticketJson(ticket).path("group").path("id").asLong()).isEqualTo(level[1]);
        api.as(agent).post(path + "/deescalate", Api.json("toGroup", level[0], "reason", "Back to triage")).expect(200);
        assertThat(ticketJson(ticket).path("group").path("id").asLong()).isEqualTo(level[0]);

        JsonNode history = api.as(agent).get(path + "/history").expect(200).json();
        assertThat(history.valueStream().map(h -> h.path("field").asString() + ":" + h.path("note").asString())
                .filter(s -> s.contains("escalation"))).containsExactly("escalation:Straight to L3",
                        "deescalation:L2 can finish it", "deescalation:Back to triage");
    }

    @Test
    void aReasonIsRequiredBoundedAndPlainAndNothingIsWrittenOtherwise() {
        long[] level = levels(Map.of());
        TestUser agent = people.agent(level[0]);
        long ticket = ticket(level[0], null);
        String path = "/api/v1/tickets/" + ticket + "/escalate";
        long historyBefore = historyRows(ticket);

        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json()).expectProblem(422))).contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "   ")).expectProblem(422)))
                .contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "r".repeat(501)))
                .expectProblem(422))).contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "line\nbreak")).expectProblem(422)))
                .contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "bell\u0007")).expectProblem(422)))
                .contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", 7)).expectProblem(422)))
                .contains("reason");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "ok", "toGroup", level[0]))
                .expectProblem(422))).contains("toGroup");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "ok", "toGroup", 999999999))
                .expectProblem(422))).contains("toGroup");
        assertThat(RoutingApiSpec.fields(api.as(agent).post(path, Api.json("reason", "ok", "urgent", true))
                .expectProblem(422))).contains("urgent");
        api.as(agent).send("POST", path, "{\"reason\": ", "application/json").expectProblem(400);
        assertThat(RoutingApiSpec.fields(api.as(agent).post("/api/v1/tickets/" + ticket + "/deescalate",
                Api.json("reason", "no lower level")).expectProblem(422))).contains("toGroup");

        assertThat(historyRows(ticket)).isEqualTo(historyBefore);
        assertThat(ticketJson(ticket).path("group").path("id").asLong()).isEqualTo(level[0]);
    }

    @Test
    void theTopLevelHasNowhereHigherToGo() {
        long[] level = levels(Map.of());
        TestUser agent = people.agent(level[2]);
        long ticket = ticket(level[2], null);
        assertThat(RoutingApiSpec.fields(api.as(agent).post("/api/v1/tickets/" + ticket + "/escalate",
                Api.json("reason", "more")).expectProblem(422))).contains("toGroup");
    }

    @Test
    void onlyStaffWhoSeeTheTicketMayEscalateIt() {
        long[] level = levels(Map.of());
        var customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Mine", "body", "x")).expect(201).id();
        long ours = ticket(level[0], null);
        TestUser stranger = people.agent(level[2]);

        api.as(customer).post("/api/v1/tickets/" + ticket + "/escalate", Api.json("reason", "hurry")).expectProblem(403);
        api.as(stranger).post("/api/v1/tickets/" + ours + "/escalate", Api.json("reason", "mine now")).expectProblem(404);
        api.anonymous().post("/api/v1/tickets/" + ours + "/escalate", Api.json("reason", "x")).expectProblem(401);
        api.as(people.agent(level[0])).post("/api/v1/tickets/999999999/escalate", Api.json("reason", "x"))
                .expectProblem(404);
        assertThat(ticketJson(ours).path("group").path("id").asLong()).isEqualTo(level[0]);
    }

    long historyRows(long ticket) {
        Long count = jdbc.queryForObject("select count(*) from ticket_history where ticket_id = ?", Long.class, ticket);
        return count == null ? 0 : count;
    }
}
