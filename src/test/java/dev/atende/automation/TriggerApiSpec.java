package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The trigger and scheduled-rule API: what admins may define, what is refused and where, who may not. */
abstract class TriggerApiSpec extends AutomationSpec {

    private Map<String, Object> valid() {
        return Api.json("name", "Urgent subjects", "event", "ticket.created",
                "conditions", Api.json("all", List.of(mine()), "any", List.of(
                        Api.json("field", "priority", "op", "is", "value", "high"),
                        Api.json("field", "channel", "op", "is", "value", "email"))),
                "actions", List.of(Api.json("type", "set", "field", "priority", "value", "urgent"),
                        Api.json("type", "add_tags", "value", List.of("vip")),
                        Api.json("type", "note", "body", "Urgente: {{customer.name}}"),
                        Api.json("type", "notify", "to", "group", "subject", "Novo", "body", "{{ticket.number}}"),
                        Api.json("type", "escalate")),
                "order", 5);
    }

    @Test
    void adminCreatesReadsChangesAndDeletesATrigger() {
        var admin = api.as(people.admin());

        var created = admin.post("/api/v1/triggers", valid()).expect(201);
        long id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/triggers/" + id);
        JsonNode trigger = created.json();
        assertThat(trigger.path("event").asString()).isEqualTo("ticket.created");
        assertThat(trigger.path("active").asBoolean()).isTrue();
        assertThat(trigger.path("order").asInt()).isEqualTo(5);
        assertThat(trigger.path("conditions").path("any")).hasSize(2);
        assertThat(trigger.path("actions").get(4).path("type").asString()).isEqualTo("escalate");
        assertThat(trigger.path("lastRunAt").isNull()).isTrue();
        assertThat(admin.get("/api/v1/triggers").expect(200).json().valueStream().map(t -> t.path("id").asLong()))
                .contains(id);

        JsonNode changed = admin.patch("/api/v1/triggers/" + id, Api.json("active", false, "event", "ticket.updated",
                "conditions", Api.json("all", List.of(Api.json("field", "status", "op", "changed_to", "value",
                        "solved"))))).expect(200).json();
        assertThat(changed.path("active").asBoolean()).isFalse();
        assertThat(changed.path("name").asString()).isEqualTo("Urgent subjects");
        assertThat(changed.path("actions")).hasSize(5);
        assertThat(admin.get("/api/v1/triggers/" + id).expect(200).json().path("event").asString())
                .isEqualTo("ticket.updated");

        admin.delete("/api/v1/triggers/" + id).expect(204);
        admin.get("/api/v1/triggers/" + id).expectProblem(404);
        admin.delete("/api/v1/triggers/" + id).expectProblem(404);
    }

    @Test
    void slaEventsAreAcceptedForLater() {
        JsonNode trigger = rule("triggers", Api.json("name", "Breach", "event", "sla.breached",
                "actions", List.of(Api.json("type", "escalate", "reason", "SLA"))));

        assertThat(trigger.path("event").asString()).isEqualTo("sla.breached");
        assertThat(trigger.path("conditions").path("all")).isEmpty();
    }

    @Test
    void refusesBadDefinitionsNamingEachPlace() {
        var admin = api.as(people.admin());
        JsonNode problem = admin.post("/api/v1/triggers", Api.json("name", "", "event", "ticket.exploded",
                "conditions", Api.json("all", List.of(Api.json("field", "colour", "op", "is", "value", "red"),
                        Api.json("field", "subject", "op", "resembles", "value", "x"),
                        Api.json("field", "priority", "op", "is", "value", "extreme"),
                        Api.json("field", "group", "op", "is", "value", "L1"),
                        Api.json("field", "minutes_since_created", "op", "gt", "value", -1),
                        Api.json("field", "subject", "op", "contains", "value", "x", "extra", 1)),
                        "none", List.of()),
                "actions", List.of(Api.json("type", "explode"), Api.json("type", "set", "field", "customer", "value", 1),
                        Api.json("type", "add_tags", "value", "vip"),
                        Api.json("type", "note", "body", "Hi {{customer.password}}"),
                        Api.json("type", "set", "field", "group", "value", 999999999)),
                "order", "first", "colour", "red")).expectProblem(422);

        assertThat(fields(problem)).contains("name", "event", "conditions.all[0].field", "conditions.all[1].op",
                "conditions.all[2].value", "conditions.all[3].value", "conditions.all[4].value",
                "conditions.all[5].extra", "conditions.none", "actions[1].field", "actions[2].value",
                "actions[3].body", "actions[4].value", "order", "colour");
        assertThat(problem.toString()).contains("{{customer.password}}");
    }

    @Test
    void refusesTestsThatMakeNoSenseForTheEvent() {
        JsonNode changedOnCreate = api.as(people.admin()).post("/api/v1/triggers", Api.json("name", "x",
                "event", "ticket.created", "conditions", Api.json("all", List.of(
                        Api.json("field", "status", "op", "changed"))),
                "actions", List.of(Api.json("type", "escalate")))).expectProblem(422);
        assertThat(fields(changedOnCreate)).containsExactly("conditions.all[0].op");

        JsonNode articleOnUpdate = api.as(people.admin()).post("/api/v1/triggers", Api.json("name", "x",
                "event", "ticket.updated", "conditions", Api.json("any", List.of(
                        Api.json("field", "article.body", "op", "contains", "value", "x"))),
                "actions", List.of(Api.json("type", "escalate")))).expectProblem(422);
        assertThat(fields(articleOnUpdate)).containsExactly("conditions.any[0].field");

        JsonNode noActions = api.as(people.admin()).post("/api/v1/triggers", Api.json("name", "x",
                "event", "ticket.updated", "actions", List.of())).expectProblem(422);
        assertThat(fields(noActions)).containsExactly("actions");
    }

    @Test
    void refusesOversizedAndMalformedBodies() {
        var admin = api.as(people.admin());
        var many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> mine()).toList();
        JsonNode tooMany = admin.post("/api/v1/triggers", Api.json("name", "x", "event", "ticket.created",
                "conditions", Api.json("all", many), "actions", List.of(Api.json("type", "note", "body",
                        "x".repeat(10_001))))).expectProblem(422);
        assertThat(fields(tooMany)).containsExactlyInAnyOrder("conditions.all", "actions[0].body");

        admin.send("POST", "/api/v1/triggers", "{\"name\": ", "application/json").expectProblem(400);
        admin.send("POST", "/api/v1/triggers", "[]", "application/json").expectProblem(422);
        admin.send("POST", "/api/v1/triggers", "name=x", "text/plain").expectProblem(415);
        JsonNode notObjects = admin.post("/api/v1/triggers", Api.json("name", "x", "event", "ticket.created",
                "conditions", List.of(), "actions", Api.json("type", "note"))).expectProblem(422);
        assertThat(fields(notObjects)).containsExactlyInAnyOrder("conditions", "actions");
        assertThat(jdbc.queryForObject("select count(*) from automation_triggers where name = 'x'", Long.class))
                .isZero();
    }

    @Test
    void anAgentOrACustomerMayNotSeeOrManageTriggers() {
        long id = rule("triggers", valid()).path("id").asLong();
        var agent = api.as(people.agent(groupId("L1")));
        var customer = api.as(people.customer());

        for (var caller : List.of(agent, customer)) {
            caller.get("/api/v1/triggers").expectProblem(403);
            caller.get("/api/v1/triggers/" + id).expectProblem(403);
            caller.get("/api/v1/triggers/" + id + "/runs").expectProblem(403);
            caller.post("/api/v1/triggers", valid()).expectProblem(403);
            caller.patch("/api/v1/triggers/" + id, Api.json("active", false)).expectProblem(403);
            caller.delete("/api/v1/triggers/" + id).expectProblem(403);
            caller.get("/api/v1/schedules").expectProblem(403);
        }
        api.get("/api/v1/triggers").expectProblem(401);
        assertThat(api.as(people.admin()).get("/api/v1/triggers/" + id).expect(200).json().path("active").asBoolean())
                .isTrue();
    }

    @Test
    void adminManagesScheduledRulesWhichNeedConditions() {
        var admin = api.as(people.admin());
        JsonNode rule = rule("schedules", Api.json("name", "Pending a week", "conditions", Api.json("all", List.of(mine(),
                Api.json("field", "status", "op", "is", "value", "pending"),
                Api.json("field", "minutes_since_customer_reply", "op", "gt", "value", 10080))),
                "actions", List.of(Api.json("type", "set", "field", "status", "value", "solved"))));
        long id = rule.path("id").asLong();
        assertThat(rule.path("conditions").path("all")).hasSize(3);
        assertThat(admin.patch("/api/v1/schedules/" + id, Api.json("order", 3)).expect(200).json().path("order").asInt())
                .isEqualTo(3);
        assertThat(admin.get("/api/v1/schedules/" + id + "/runs").expect(200).json()).isEmpty();

        JsonNode noConditions = admin.post("/api/v1/schedules", Api.json("name", "Everything",
                "actions", List.of(Api.json("type", "escalate")))).expectProblem(422);
        assertThat(fields(noConditions)).containsExactly("conditions");
        JsonNode withEvent = admin.post("/api/v1/schedules", Api.json("name", "x", "event", "ticket.created",
                "conditions", Api.json("all", List.of(Api.json("field", "status", "op", "changed"))),
                "actions", List.of(Api.json("type", "escalate")))).expectProblem(422);
        assertThat(fields(withEvent)).containsExactlyInAnyOrder("event", "conditions.all[0].op");
        admin.get("/api/v1/schedules/999999999").expectProblem(404);
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
