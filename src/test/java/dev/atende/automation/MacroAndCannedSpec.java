package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Macros applied by agents, and canned responses rendered for a ticket, through the API. */
abstract class MacroAndCannedSpec extends AutomationSpec {

    @Test
    void agentAppliesAMacroAsThemselvesAndGetsTheChangedTicket() {
        long l1 = groupId("L1");
        var agent = people.agent(l1);
        JsonNode macro = rule("macros", Api.json("name", "Pedir detalhes", "actions", List.of(
                Api.json("type", "set", "field", "status", "value", "pending"),
                Api.json("type", "set", "field", "assignee", "value", agent.id()),
                Api.json("type", "add_tags", "value", List.of("aguardando")),
                Api.json("type", "reply", "body", "Olá {{customer.name}}, pode mandar um print? {{agent.name}}"))));
        var customer = people.customer();
        JsonNode ticket = openTicket(customer, "Erro " + token);
        long id = ticket.path("id").asLong();

        var applied = api.as(agent).header("If-Match", "\"" + ticket.path("version").asLong() + "\"")
                .post("/api/v1/tickets/" + id + "/macros/" + macro.path("id").asLong(), Api.json()).expect(200);

        JsonNode changed = applied.json();
        assertThat(changed.path("status").asString()).isEqualTo("pending");
        assertThat(changed.path("assignee").path("id").asLong()).isEqualTo(agent.id());
        assertThat(changed.path("tags").toString()).isEqualTo("[\"aguardando\"]");
        assertThat(applied.header("ETag")).isEqualTo("\"" + changed.path("version").asLong() + "\"");
        assertThat(ticket(id).path("version").asLong()).isEqualTo(changed.path("version").asLong());
        JsonNode articles = api.as(customer).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        JsonNode reply = articles.get(articles.size() - 1);
        assertThat(reply.path("body").asString()).isEqualTo("Olá " + customer.name() + ", pode mandar um print? "
                + agent.name());
        assertThat(reply.path("author").path("id").asLong()).isEqualTo(agent.id());
        JsonNode history = api.as(agent).get("/api/v1/tickets/" + id + "/history").expect(200).json();
        assertThat(history.valueStream().filter(h -> h.path("field").asString().equals("status")).findFirst()
                .orElseThrow().path("actor").path("id").asLong()).isEqualTo(agent.id());
        assertThat(runs("macros", macro.path("id").asLong())).hasSize(1);
    }

    @Test
    void staleIfMatchAppliesNothing() {
        var agent = people.agent(groupId("L1"));
        JsonNode macro = rule("macros", Api.json("name", "Tag", "actions", List.of(
                Api.json("type", "add_tags", "value", List.of("x")))));
        long id = openTicket(people.customer(), "Stale " + token).path("id").asLong();
        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("priority", "high")).expect(200);

        api.as(agent).header("If-Match", "\"0\"").post("/api/v1/tickets/" + id + "/macros/" + macro.path("id").asLong(),
                Api.json()).expectProblem(412);

        assertThat(ticket(id).path("tags")).isEmpty();
    }

    @Test
    void aMacroThatCannotCompleteChangesNothing() {
        var agent = people.agent(groupId("L3"));
        JsonNode macro = rule("macros", Api.json("name", "Tag and escalate", "actions", List.of(
                Api.json("type", "add_tags", "value", List.of("tried")), Api.json("type", "escalate"))));
        long id = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Top " + token, "body", "x",
                "group", groupId("L3"), "customer", Api.json("email", people.customer().email()))).expect(201).id();

        JsonNode problem = api.as(agent).post("/api/v1/tickets/" + id + "/macros/" + macro.path("id").asLong(),
                Api.json()).expectProblem(422);

        assertThat(problem.toString()).contains("actions");
        assertThat(ticket(id).path("tags")).isEmpty();
    }

    @Test
    void macrosAreForAgentsOfTheTicketOnly() {
        JsonNode macro = rule("macros", Api.json("name", "Solve", "actions", List.of(
                Api.json("type", "set", "field", "status", "value", "solved"))));
        JsonNode inactive = rule("macros", Api.json("name", "Off", "active", false, "actions", List.of(
                Api.json("type", "set", "field", "status", "value", "solved"))));
        var customer = people.customer();
        long id = openTicket(customer, "Mine " + token).path("id").asLong();
        String path = "/api/v1/tickets/" + id + "/macros/" + macro.path("id").asLong();

        api.as(customer).post(path, Api.json()).expectProblem(403);
        api.as(customer).get("/api/v1/macros").expectProblem(403);
        api.as(people.agent(groupId("L2"))).post(path, Api.json()).expectProblem(404);
        var agent = api.as(people.agent(groupId("L1")));
        agent.post("/api/v1/tickets/" + id + "/macros/" + inactive.path("id").asLong(), Api.json()).expectProblem(404);
        agent.post("/api/v1/tickets/" + id + "/macros/999999999", Api.json()).expectProblem(404);
        agent.post("/api/v1/tickets/999999999/macros/" + macro.path("id").asLong(), Api.json()).expectProblem(404);
        assertThat(texts(agent.get("/api/v1/macros").expect(200).json(), "name")).contains("Solve").doesNotContain("Off");
        agent.get("/api/v1/macros/" + inactive.path("id").asLong()).expectProblem(404);
        agent.post("/api/v1/macros", Api.json("name", "Mine", "actions", List.of(Api.json("type", "escalate"))))
                .expectProblem(403);
        agent.patch("/api/v1/macros/" + macro.path("id").asLong(), Api.json("name", "x")).expectProblem(403);
        agent.delete("/api/v1/macros/" + macro.path("id").asLong()).expectProblem(403);
        assertThat(ticket(id).path("status").asString()).isEqualTo("new");
    }

    @Test
    void macroDefinitionsAreCheckedLikeTriggers() {
        var admin = api.as(people.admin());
        JsonNode problem = admin.post("/api/v1/macros", Api.json("name", "x", "conditions", Api.json(),
                "actions", List.of(Api.json("type", "set", "field", "assignee", "value", "me")))).expectProblem(422);
        assertThat(TriggerApiSpec.fields(problem)).containsExactlyInAnyOrder("conditions", "actions[0].value");
        long id = rule("macros", Api.json("name", "Ok", "actions", List.of(Api.json("type", "escalate"))))
                .path("id").asLong();
        assertThat(admin.patch("/api/v1/macros/" + id, Api.json("name", "Renamed")).expect(200).json()
                .path("name").asString()).isEqualTo("Renamed");
        admin.patch("/api/v1/macros/" + id, Api.json("actions", List.of())).expectProblem(422);
    }

    @Test
    void cannedResponsesAreRenderedForTheTicketWithoutReadingValuesAsPlaceholders() {
        var customer = people.create(Role.CUSTOMER, Api.json("name", "<b>Zoë</b> {{agent.name}} & {{ticket.number}"));
        var agent = people.agent(groupId("L1"));
        JsonNode canned = rule("canned-responses", Api.json("name", "Saudação " + token, "locale", "pt-BR",
                "body", "Olá {{customer.name}} ({{ customer.email }}), chamado #{{ticket.number}}: {{ticket.subject}}.\n"
                        + "Att, {{agent.name}}"));
        JsonNode ticket = openTicket(customer, "<script>alert(1)</script> " + token);
        long id = ticket.path("id").asLong();

        JsonNode rendered = api.as(agent).get("/api/v1/tickets/" + id + "/canned-responses/"
                + canned.path("id").asLong()).expect(200).json();

        assertThat(rendered.path("body").asString()).isEqualTo("Olá <b>Zoë</b> {{agent.name}} & {{ticket.number} ("
                + customer.email() + "), chamado #" + ticket.path("number").asString() + ": <script>alert(1)</script> "
                + token + ".\nAtt, " + agent.name());
        assertThat(api.as(agent).get("/api/v1/canned-responses/" + canned.path("id").asLong()).expect(200).json()
                .path("body").asString()).startsWith("Olá {{customer.name}}");
    }

    @Test
    void cannedResponsesAreSearchedByWordsAndLanguage() {
        var agent = api.as(people.agent(groupId("L1")));
        rule("canned-responses", Api.json("name", "Senha " + token, "locale", "pt-BR", "body", "Redefina a senha."));
        rule("canned-responses", Api.json("name", "Password " + token, "locale", "en", "body", "Reset it."));
        rule("canned-responses", Api.json("name", "Any " + token, "body", "100% sure_thing"));

        assertThat(texts(agent.get("/api/v1/canned-responses?q=" + token).expect(200).json(), "name")).hasSize(3);
        assertThat(texts(agent.get("/api/v1/canned-responses?q=" + token + "&locale=pt-BR").expect(200).json(), "name"))
                .containsExactlyInAnyOrder("Senha " + token, "Any " + token);
        assertThat(texts(agent.get("/api/v1/canned-responses?q=redefina").expect(200).json(), "name"))
                .contains("Senha " + token);
        assertThat(texts(agent.get("/api/v1/canned-responses?q=0%25%20s").expect(200).json(), "name"))
                .contains("Any " + token);
        assertThat(agent.get("/api/v1/canned-responses?q=%25%25" + token).expect(200).json()).isEmpty();
        agent.get("/api/v1/canned-responses?locale=fr").expectProblem(422);
        agent.get("/api/v1/canned-responses?q=" + "x".repeat(101)).expectProblem(422);
    }

    @Test
    void cannedResponsesRefuseUnknownPlaceholdersAndBadFields() {
        var admin = api.as(people.admin());
        JsonNode problem = admin.post("/api/v1/canned-responses", Api.json("name", "", "body",
                "Olá {{customer.password}}", "locale", "fr", "extra", 1)).expectProblem(422);
        assertThat(TriggerApiSpec.fields(problem)).containsExactlyInAnyOrder("name", "extra");
        JsonNode body = admin.post("/api/v1/canned-responses", Api.json("name", "x", "body",
                "Olá {{customer.password}}", "locale", "fr")).expectProblem(422);
        assertThat(TriggerApiSpec.fields(body)).containsExactlyInAnyOrder("body", "locale");
        assertThat(body.toString()).contains("{{customer.password}}");
        admin.post("/api/v1/canned-responses", Api.json("name", "x", "body", "x".repeat(10_001))).expectProblem(422);
        admin.post("/api/v1/canned-responses", Api.json("name", "x", "body", "a\u0000b")).expectProblem(422);
        admin.post("/api/v1/canned-responses", Api.json("name", "x", "body", 5)).expectProblem(422);
        long id = rule("canned-responses", Api.json("name", "Ok " + token, "body", "Hi")).path("id").asLong();
        JsonNode changed = admin.patch("/api/v1/canned-responses/" + id, Api.json("locale", "en")).expect(200).json();
        assertThat(changed.path("locale").asString()).isEqualTo("en");
        assertThat(changed.path("body").asString()).isEqualTo("Hi");
        admin.delete("/api/v1/canned-responses/" + id).expect(204);
        admin.get("/api/v1/canned-responses/" + id).expectProblem(404);
    }

    @Test
    void cannedResponsesAreForStaffAndManagedByAdmins() {
        long id = rule("canned-responses", Api.json("name", "Hello " + token, "body", "Hi {{customer.name}}"))
                .path("id").asLong();
        var customer = people.customer();
        long ticket = openTicket(customer, "Canned " + token).path("id").asLong();
        var asCustomer = api.as(customer);
        var agent = api.as(people.agent(groupId("L1")));

        asCustomer.get("/api/v1/canned-responses").expectProblem(403);
        asCustomer.get("/api/v1/canned-responses/" + id).expectProblem(403);
        asCustomer.get("/api/v1/tickets/" + ticket + "/canned-responses/" + id).expectProblem(403);
        api.as(people.agent(groupId("L2"))).get("/api/v1/tickets/" + ticket + "/canned-responses/" + id)
                .expectProblem(404);
        agent.get("/api/v1/tickets/" + ticket + "/canned-responses/999999999").expectProblem(404);
        agent.post("/api/v1/canned-responses", Api.json("name", "x", "body", "y")).expectProblem(403);
        agent.patch("/api/v1/canned-responses/" + id, Api.json("name", "x")).expectProblem(403);
        agent.delete("/api/v1/canned-responses/" + id).expectProblem(403);
        api.get("/api/v1/canned-responses").expectProblem(401);
        assertThat(agent.get("/api/v1/canned-responses/" + id).expect(200).json().path("name").asString())
                .isEqualTo("Hello " + token);
    }
}
