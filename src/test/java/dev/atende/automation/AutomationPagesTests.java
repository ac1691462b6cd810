package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.H2ServerTest;
import dev.atende.ticket.BrowserSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The admin pages for rules and canned responses, and the agent's tools on the ticket page. */
@H2ServerTest
class AutomationPagesTests extends AutomationSpec {

    @LocalServerPort
    int port;

    @Test
    void adminWritesATriggerInTheFormAndIsToldWhereItIsWrong() {
        var admin = people.newAdmin();
        var desk = BrowserSession.signIn(port, admin, "en");
        desk.get("/admin/triggers/new");

        var badJson = desk.post("/admin/triggers/new", "name", "Urgent", "event", "ticket.created", "order", "0",
                "active", "true", "conditions", "{\"all\": [", "actions", "[]");
        var badOp = desk.post("/admin/triggers/new", "name", "Urgent", "event", "ticket.created", "order", "0",
                "active", "true", "conditions", "{\"all\": [{\"field\": \"subject\", \"op\": \"resembles\", \"value\": \"x\"}]}",
                "actions", "[{\"type\": \"add_tags\", \"value\": [\"urgente\"]}]");
        var saved = desk.post("/admin/triggers/new", "name", "Urgent " + token, "event", "ticket.created", "order", "0",
                "active", "true", "conditions", "{\"all\": [{\"field\": \"subject\", \"op\": \"contains\", \"value\": \""
                        + token + "\"}]}", "actions", "[{\"type\": \"add_tags\", \"value\": [\"urgente\"]}]");

        assertThat(badJson.statusCode()).isEqualTo(422);
        assertThat(badJson.body()).contains("Not valid JSON", "{&quot;all&quot;: [");
        assertThat(badOp.statusCode()).isEqualTo(422);
        assertThat(badOp.body()).contains("conditions.all[0].op: Unknown operator for this field: resembles.");
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        try {
            assertThat(desk.get("/admin/triggers").body()).contains("Urgent " + token, "Never");
            long ticket = openTicket(people.customer(), "Page " + token).path("id").asLong();
            eventually(() -> runs("triggers", id), r -> r.size() == 1);
            assertThat(desk.get(page).body()).contains("Recent runs", "/agent/tickets/" + ticket, "Applied");
        } finally {
            api.as(people.admin()).delete("/api/v1/triggers/" + id).expect(204);
        }
    }

    @Test
    void adminPagesAreForAdminsOnly() {
        var agent = BrowserSession.signIn(port, people.agent(groupId("L1")), "en");

        for (String path : List.of("/admin/triggers", "/admin/schedules/new", "/admin/macros", "/admin/canned-responses")) {
            assertThat(agent.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void cannedResponseFormRefusesAnUnknownPlaceholderInTheUsersLanguage() {
        var desk = BrowserSession.signIn(port, people.newAdmin(), "pt-BR");
        desk.get("/admin/canned-responses/new");

        var refused = desk.post("/admin/canned-responses/new", "name", "Oi", "locale", "", "body", "Olá {{cliente}}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Marcador desconhecido: {{cliente}}");
    }

    @Test
    void agentAppliesAMacroAndInsertsACannedResponseWithoutScript() {
        var agent = people.agent(groupId("L1"));
        var customer = people.create(Role.CUSTOMER, Api.json("name", "<b>Zoë</b> {{agent.name}}"));
        JsonNode macro = rule("macros", Api.json("name", "Pendente " + token, "actions", List.of(
                Api.json("type", "set", "field", "status", "value", "pending"))));
        JsonNode canned = rule("canned-responses", Api.json("name", "Oi " + token, "body",
                "Olá {{customer.name}}, aqui é {{agent.name}}."));
        JsonNode ticket = openTicket(customer, "Tools " + token);
        long id = ticket.path("id").asLong();
        var desk = BrowserSession.signIn(port, agent, "pt-BR");

        String page = desk.get("/agent/tickets/" + id).body();
        assertThat(page).contains("Pendente " + token, "Oi " + token, "/js/canned-responses");

        var inserted = desk.get("/agent/tickets/" + id + "/canned?q=&response=" + canned.path("id").asLong());
        assertThat(inserted.statusCode()).isEqualTo(302);
        assertThat(desk.get("/agent/tickets/" + id).body())
                .contains("Olá &lt;b&gt;Zoë&lt;/b&gt; {{agent.name}}, aqui é " + agent.name() + ".");

        var found = desk.get("/agent/tickets/" + id + "/canned?q=nothing-like-it&find=1");
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(desk.get("/agent/tickets/" + id).body()).contains("Nenhuma resposta pronta encontrada.");

        desk.get("/agent/tickets/" + id + "/canned?q=" + "x".repeat(300) + "&find=1");
        assertThat(desk.get("/agent/tickets/" + id).statusCode()).as("an overlong search is cut, not refused").isEqualTo(200);

        var json = desk.get("/agent/tickets/" + id + "/canned/" + canned.path("id").asLong());
        assertThat(json.body()).contains("aqui é " + agent.name());

        desk.get("/agent/tickets/" + id);
        var applied = desk.post("/agent/tickets/" + id + "/macros", "macro", macro.path("id").asText(),
                "version", Long.toString(ticket(id).path("version").asLong()));
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(ticket(id).path("status").asString()).isEqualTo("pending");
        assertThat(desk.get("/agent/tickets/" + id).body()).contains("Macro Pendente " + token + " aplicada.");

        desk.get("/agent/tickets/" + id);
        var stale = desk.post("/agent/tickets/" + id + "/macros", "macro", macro.path("id").asText(), "version", "0");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(desk.get("/agent/tickets/" + id).body()).contains("Alguém alterou o chamado");
    }

    @Test
    void anAgentOfAnotherGroupGetsNothingFromTheTools() {
        JsonNode canned = rule("canned-responses", Api.json("name", "Other " + token, "body", "Hi"));
        long id = openTicket(people.customer(), "Other " + token).path("id").asLong();
        var desk = BrowserSession.signIn(port, people.agent(groupId("L2")), "en");
        desk.get("/agent");

        assertThat(desk.get("/agent/tickets/" + id + "/canned/" + canned.path("id").asLong()).statusCode()).isEqualTo(404);
        assertThat(desk.get("/agent/tickets/" + id + "/canned?response=" + canned.path("id").asLong()).statusCode())
                .isEqualTo(404);
    }
}
