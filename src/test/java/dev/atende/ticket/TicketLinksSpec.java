package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Links between tickets: shown on both, only as far as the reader may see, with every bad request refused. */
abstract class TicketLinksSpec extends TicketSpec {

    private JsonNode links(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id + "/links").expect(200).json();
    }

    private long historyCount(long id, String field) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id + "/history").expect(200).json().valueStream()
                .filter(h -> h.path("field").asString().equals(field)).count();
    }

    @Test
    void aLinkShowsOnBothTicketsFromEachSideAndRemovingItTakesItOffBoth() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long child = openTicket(customer, "Laptop 12 of the batch").path("id").asLong();
        var parent = openTicket(customer, "Laptop batch");
        long versionBefore = parent.path("version").asLong();

        var link = api.as(agent).post("/api/v1/tickets/" + child + "/links",
                Api.json("ticket", parent.path("id").asLong(), "type", "child_of")).expect(201).json();

        assertThat(link.path("type").asString()).isEqualTo("child_of");
        assertThat(link.path("ticket").path("number").asString()).isEqualTo(parent.path("number").asString());
        var fromChild = links(child);
        assertThat(fromChild.path("items").get(0).path("type").asString()).isEqualTo("child_of");
        assertThat(fromChild.path("hidden").asInt()).isZero();
        var fromParent = links(parent.path("id").asLong());
        assertThat(fromParent.path("items").get(0).path("type").asString()).isEqualTo("parent_of");
        assertThat(fromParent.path("items").get(0).path("ticket").path("id").asLong()).isEqualTo(child);
        assertThat(historyCount(child, "link")).isEqualTo(1);
        assertThat(historyCount(parent.path("id").asLong(), "link")).isEqualTo(1);
        // a link is no edit of the ticket: open forms do not turn stale
        assertThat(api.as(agent).get("/api/v1/tickets/" + parent.path("id").asLong()).expect(200).json()
                .path("version").asLong()).isEqualTo(versionBefore);

        api.as(agent).delete("/api/v1/tickets/" + parent.path("id").asLong() + "/links/" + link.path("id").asLong())
                .expect(204);

        assertThat(links(child).path("items").size()).isZero();
        assertThat(links(parent.path("id").asLong()).path("items").size()).isZero();
        assertThat(historyCount(child, "link")).isEqualTo(2);
        assertThat(historyCount(parent.path("id").asLong(), "link")).isEqualTo(2);
    }

    @Test
    void linksToTicketsTheReaderMayNotSeeAreOnlyCounted() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long visible = openTicket(customer, "Seen by L1").path("id").asLong();
        long related = openTicket(customer, "Also seen by L1").path("id").asLong();
        long hidden = openTicket(customer, "L3 only").path("id").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + hidden, Api.json("group", groupId("L3"))).expect(200);
        long hiddenLink = api.as(people.admin()).post("/api/v1/tickets/" + visible + "/links",
                Api.json("ticket", hidden, "type", "duplicate_of")).expect(201).id();
        api.as(agent).post("/api/v1/tickets/" + visible + "/links", Api.json("ticket", related, "type", "related"))
                .expect(201);

        var seen = api.as(agent).get("/api/v1/tickets/" + visible + "/links").expect(200).json();

        assertThat(seen.path("items").size()).isEqualTo(1);
        assertThat(seen.path("items").get(0).path("ticket").path("id").asLong()).isEqualTo(related);
        assertThat(seen.path("hidden").asInt()).isEqualTo(1);
        assertThat(links(visible).path("items").size()).isEqualTo(2); // the admin sees both
        api.as(agent).delete("/api/v1/tickets/" + visible + "/links/" + hiddenLink).expectProblem(404);
        api.as(agent).get("/api/v1/tickets/" + hidden + "/links").expectProblem(404);
        api.as(agent).post("/api/v1/tickets/" + related + "/links", Api.json("ticket", hidden, "type", "related"))
                .expectProblem(422);
        api.as(customer).get("/api/v1/tickets/" + visible + "/links").expectProblem(403);
        assertThat(links(visible).path("items").size()).isEqualTo(2);
    }

    @Test
    void badLinksAreRefusedWithTheFieldAndNothingIsWritten() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long a = openTicket(customer, "A").path("id").asLong();
        long b = openTicket(customer, "B").path("id").asLong();
        String path = "/api/v1/tickets/" + a + "/links";

        assertThat(fields(api.as(agent).post(path, Api.json("ticket", a, "type", "related")).expectProblem(422)))
                .containsExactly("ticket");
        assertThat(fields(api.as(agent).post(path, Api.json("ticket", 999_999_999L, "type", "related"))
                .expectProblem(422))).containsExactly("ticket");
        assertThat(fields(api.as(agent).post(path, Api.json("ticket", b, "type", "cousin_of")).expectProblem(422)))
                .containsExactly("type");
        assertThat(fields(api.as(agent).post(path, Api.json()).expectProblem(422)))
                .containsExactlyInAnyOrder("ticket", "type");
        assertThat(fields(api.as(agent).post(path, Api.json("ticket", "B", "type", "related")).expectProblem(422)))
                .containsExactly("ticket");
        api.as(agent).post("/api/v1/tickets/999999999/links", Api.json("ticket", b, "type", "related"))
                .expectProblem(404);
        api.as(agent).delete(path + "/999999999").expectProblem(404);
        api.as(customer).post(path, Api.json("ticket", b, "type", "related")).expectProblem(403);
        assertThat(countRows("ticket_links where ticket_id in (" + a + ", " + b + ") or other_ticket_id in (" + a
                + ", " + b + ")")).isZero();

        api.as(agent).post(path, Api.json("ticket", b, "type", "duplicate_of")).expect(201);
        // one link per pair, whichever side asks again
        assertThat(fields(api.as(agent).post(path, Api.json("ticket", b, "type", "related")).expectProblem(422)))
                .containsExactly("ticket");
        assertThat(fields(api.as(agent).post("/api/v1/tickets/" + b + "/links", Api.json("ticket", a, "type",
                "duplicated_by")).expectProblem(422))).containsExactly("ticket");
        assertThat(links(a).path("items").size()).isEqualTo(1);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
