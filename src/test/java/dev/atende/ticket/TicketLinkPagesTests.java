package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ticket view's customer panel, links and merge forms, and its fields in place without JavaScript. */
@H2ServerTest
class TicketLinkPagesTests extends TicketSpec {

    @LocalServerPort
    int port;

    private String location(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void theSideBarShowsTheCustomersOtherTicketsAndTheLinksTheAgentMaySee() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long current = openTicket(customer, "Current one").path("id").asLong();
        var older = openTicket(customer, "An older request");
        long hidden = openTicket(customer, "Only for specialists").path("id").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + hidden, Api.json("group", groupId("L3"))).expect(200);
        api.as(people.admin()).post("/api/v1/tickets/" + current + "/links",
                Api.json("ticket", hidden, "type", "related")).expect(201);
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent/tickets/" + current);

        var linked = desk.post("/agent/tickets/" + current + "/links", "type", "child_of", "ticket",
                "#" + older.path("number").asString());
        String page = desk.get(location(linked).replaceFirst("#.*", "")).body();

        assertThat(page).contains("Linked to #" + older.path("number").asString(), "child of", "1 hidden")
                .contains("An older request", "All 1", "/agent/customers/" + customer.id() + "/tickets")
                .doesNotContain("Only for specialists");
        assertThat(desk.get("/agent/customers/" + customer.id() + "/tickets").body())
                .contains("Current one", "An older request").doesNotContain("Only for specialists");

        desk.get("/agent/tickets/" + current);
        var unknown = desk.post("/agent/tickets/" + current + "/links", "type", "related", "ticket", "#99999999");
        assertThat(desk.get(location(unknown)).body()).contains("There is no ticket &quot;#99999999&quot; that you may see.");
    }

    @Test
    void mergingFromThePageTakesTheAgentToTheTargetAndTheSourceShowsWhereItWent() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        var source = openTicket(customer, "Scanner offline");
        var target = openTicket(customer, "Scanner offline again");
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent/tickets/" + source.path("id").asLong());

        var merged = desk.post("/agent/tickets/" + source.path("id").asLong() + "/merge", "version", "0", "into",
                target.path("number").asString());

        assertThat(location(merged)).isEqualTo("/agent/tickets/" + target.path("id").asLong());
        assertThat(desk.get("/agent/tickets/" + target.path("id").asLong()).body())
                .contains("Ticket #" + source.path("number").asString() + " was merged into this one.")
                .contains("from #" + source.path("number").asString());
        assertThat(desk.get("/agent/tickets/" + source.path("id").asLong()).body())
                .contains("merged-banner", "/agent/tickets/" + target.path("id").asLong())
                .doesNotContain("id=\"ticket-merge\"");
    }

    @Test
    void fieldsInPlaceSaveWithoutJavaScriptAndAStaleVersionIsRefused() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Fallback").path("id").asLong();
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent/tickets/" + id);

        var saved = desk.post("/agent/tickets/" + id + "/inline", "version", "0", "priority", "urgent", "assignee",
                Long.toString(agent.id()));
        assertThat(desk.get(location(saved)).body()).contains("Saved.");
        var ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
        assertThat(ticket.path("priority").asString()).isEqualTo("urgent");
        assertThat(ticket.path("assignee").path("id").asLong()).isEqualTo(agent.id());
        assertThat(ticket.path("status").asString()).isEqualTo("new"); // not sent, not changed

        var stale = desk.post("/agent/tickets/" + id + "/inline", "version", "0", "priority", "low");
        assertThat(desk.get(location(stale)).body()).contains("Changed by " + agent.name());
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("priority").asString())
                .isEqualTo("urgent");

        String version = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("version").asString();
        var garbled = desk.post("/agent/tickets/" + id + "/inline", "version", version, "assignee", "abc");
        assertThat(desk.get(location(garbled)).body()).contains("Must be the id of a record");
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("assignee").path("id").asLong())
                .as("a garbled assignee is refused, not read as none").isEqualTo(agent.id());
    }
}
