package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bulk actions: each ticket changed as a single change would be, or skipped with the reason. */
abstract class TicketBulkSpec extends TicketSpec {

    @LocalServerPort
    int port;

    @Test
    void anAgentAssignsAndReprioritisesSeveralTicketsWithTheirHistory() {
        long group = newGroup("Bulk assign");
        var agent = people.agent(group);
        var colleague = people.agent(group);
        long first = ticket(group, List.of("old"));
        long second = ticket(group, List.of());

        JsonNode result = api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(first, second),
                "changes", Api.json("assignee", colleague.id(), "priority", "high", "status", "open",
                        "addTags", List.of("Batch"), "removeTags", List.of("old")))).expect(200).json();

        assertThat(result.path("updated").asLong()).isEqualTo(2);
        assertThat(result.path("skipped").asLong()).isZero();
        assertThat(texts(result.path("results"), "outcome")).containsExactly("updated", "updated");
        for (long id : List.of(first, second)) {
            JsonNode ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
            assertThat(ticket.path("assignee").path("id").asLong()).isEqualTo(colleague.id());
            assertThat(ticket.path("priority").asString()).isEqualTo("high");
            assertThat(ticket.path("status").asString()).isEqualTo("open");
            assertThat(ticket.path("tags").toString()).isEqualTo("[\"batch\"]");
            JsonNode history = api.as(agent).get("/api/v1/tickets/" + id + "/history").expect(200).json();
            assertThat(history.valueStream().filter(h -> h.path("field").asString().equals("assignee"))
                    .map(h -> h.path("actor").path("id").asLong()).toList()).containsExactly(agent.id());
        }

        JsonNode unassign = api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(first),
                "changes", Api.json("assignee", null))).expect(200).json();
        assertThat(unassign.path("updated").asLong()).isEqualTo(1);
        assertThat(api.as(agent).get("/api/v1/tickets/" + first).expect(200).json().path("assignee").isNull()).isTrue();
    }

    @Test
    void ticketsTheAgentMayNotChangeAreSkippedAndTheOthersStillChange() {
        long group = newGroup("Bulk partial");
        long elsewhere = newGroup("Bulk elsewhere");
        var agent = people.agent(group);
        long open = ticket(group, List.of());
        long closed = ticket(group, List.of());
        api.as(agent).patch("/api/v1/tickets/" + closed, Api.json("status", "closed")).expect(200);
        long hidden = ticket(elsewhere, List.of());
        long refuses = ticket(group, List.of());
        api.as(agent).patch("/api/v1/tickets/" + refuses, Api.json("status", "solved")).expect(200);
        long historyBefore = countRows("ticket_history where ticket_id = " + hidden);

        JsonNode result = api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids",
                List.of(open, closed, hidden, 999_999_999L, refuses), "changes", Api.json("status", "pending")))
                .expect(200).json();

        assertThat(result.path("updated").asLong()).isEqualTo(1);
        assertThat(result.path("skipped").asLong()).isEqualTo(4);
        assertThat(texts(result.path("results"), "outcome")).containsExactly("updated", "skipped", "skipped",
                "skipped", "skipped");
        assertThat(result.path("results").valueStream().filter(r -> r.path("outcome").asString().equals("skipped"))
                .map(r -> r.path("reason").asString()).toList()).containsExactly("closed", "notFound", "notFound",
                "transition");
        assertThat(result.path("results").get(1).path("message").asString()).contains("closed");

        JsonNode pending = api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids",
                List.of(open, closed, hidden), "changes", Api.json("priority", "low")))
                .expect(200).json();
        assertThat(pending.path("updated").asLong()).isEqualTo(1);
        assertThat(pending.path("skipped").asLong()).isEqualTo(2);
        assertThat(api.as(agent).get("/api/v1/tickets/" + open).expect(200).json().path("status").asString())
                .isEqualTo("pending");
        assertThat(api.as(people.admin()).get("/api/v1/tickets/" + hidden).expect(200).json().path("priority")
                .asString()).isEqualTo("normal");
        assertThat(countRows("ticket_history where ticket_id = " + hidden)).isEqualTo(historyBefore);
    }

    @Test
    void anAssigneeOutsideTheTicketsGroupSkipsThatTicketOnly() {
        long group = newGroup("Bulk assignee");
        long other = newGroup("Bulk assignee other");
        var agent = people.agent(group, other);
        var onlyHere = people.agent(group);
        long here = ticket(group, List.of());
        long there = ticket(other, List.of());

        JsonNode result = api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(here, there),
                "changes", Api.json("assignee", onlyHere.id(), "priority", "urgent"))).expect(200).json();

        assertThat(texts(result.path("results"), "outcome")).containsExactly("updated", "skipped");
        assertThat(result.path("results").get(1).path("field").asString()).isEqualTo("assignee");
        assertThat(api.as(agent).get("/api/v1/tickets/" + there).expect(200).json().path("priority").asString())
                .isEqualTo("normal"); // all of the change or none of it, per ticket
    }

    @Test
    void emptyOrOversizedOrPointlessRequestsAreRefused() {
        long group = newGroup("Bulk limits");
        var agent = people.agent(group);
        long id = ticket(group, List.of());
        List<Long> tooMany = new ArrayList<>(LongStream.rangeClosed(1, 101).boxed().toList());

        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(),
                "changes", Api.json("priority", "low"))).expectProblem(422))).isEqualTo("ids");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("changes", Api.json("priority", "low")))
                .expectProblem(422))).isEqualTo("ids");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", tooMany,
                "changes", Api.json("priority", "low"))).expectProblem(422))).isEqualTo("ids");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(id),
                "changes", Api.json())).expectProblem(422))).isEqualTo("changes");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(id),
                "changes", Api.json("priority", "huge"))).expectProblem(422))).isEqualTo("changes.priority");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(id),
                "changes", Api.json("addTags", List.of("a b")))).expectProblem(422))).isEqualTo("tags");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of(id),
                "changes", Api.json("subject", "all the same"))).expectProblem(422))).isEqualTo("changes.subject");
        api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", List.of("x"), "changes",
                Api.json("priority", "low"))).expectProblem(422);
        api.as(people.customer()).post("/api/v1/tickets/bulk", Api.json("ids", List.of(id),
                "changes", Api.json("priority", "low"))).expectProblem(403);
        api.post("/api/v1/tickets/bulk", Api.json("ids", List.of(id), "changes", Api.json("priority", "low")))
                .expectProblem(401);
        List<Long> hundred = new ArrayList<>(LongStream.rangeClosed(1, 99).map(i -> 999_000_000L + i).boxed().toList());
        hundred.add(id);
        assertThat(api.as(agent).post("/api/v1/tickets/bulk", Api.json("ids", hundred, "changes",
                Api.json("priority", "low"))).expect(200).json().path("updated").asLong()).isEqualTo(1);
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("priority").asString())
                .isEqualTo("low");
    }

    @Test
    void aMacroAppliesToEachSelectedTicketTheAgentMaySee() {
        long group = newGroup("Bulk macro");
        long elsewhere = newGroup("Bulk macro elsewhere");
        var agent = people.agent(group);
        long macro = api.as(people.admin()).post("/api/v1/macros", Api.json("name", Unique.name("Bulk pending"),
                "actions", List.of(Api.json("type", "set", "field", "status", "value", "pending"),
                        Api.json("type", "add_tags", "value", List.of("waiting"))))).expect(201).id();
        long first = ticket(group, List.of());
        long second = ticket(group, List.of());
        long hidden = ticket(elsewhere, List.of());

        JsonNode result = api.as(agent).post("/api/v1/tickets/bulk/macros/" + macro, Api.json("ids",
                List.of(first, second, hidden))).expect(200).json();

        assertThat(texts(result.path("results"), "outcome")).containsExactly("updated", "updated", "skipped");
        assertThat(result.path("results").get(2).path("reason").asString()).isEqualTo("notFound");
        for (long id : List.of(first, second)) {
            JsonNode ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
            assertThat(ticket.path("status").asString()).isEqualTo("pending");
            assertThat(ticket.path("tags").toString()).isEqualTo("[\"waiting\"]");
        }
        assertThat(api.as(people.admin()).get("/api/v1/tickets/" + hidden).expect(200).json().path("tags")).isEmpty();
        api.as(agent).post("/api/v1/tickets/bulk/macros/999999999", Api.json("ids", List.of(first))).expectProblem(404);
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk/macros/" + macro, Api.json("ids", List.of()))
                .expectProblem(422))).isEqualTo("ids");
        api.as(people.customer()).post("/api/v1/tickets/bulk/macros/" + macro, Api.json("ids", List.of(first)))
                .expectProblem(403);
    }

    @Test
    void theQueuePageBulkFormReportsUpdatedAndSkipped() {
        long group = newGroup("Bulk page");
        var agent = people.agent(group);
        long open = ticket(group, List.of());
        long closed = ticket(group, List.of());
        api.as(agent).patch("/api/v1/tickets/" + closed, Api.json("status", "closed")).expect(200);
        long closedNumber = api.as(agent).get("/api/v1/tickets/" + closed).expect(200).json().path("number").asLong();
        var desk = BrowserSession.signIn(port, agent, "en");
        var queue = Jsoup.parse(desk.get("/agent?view=all&group=" + group).body());
        assertThat(queue.select("input[name=ids]").eachAttr("value"))
                .containsExactlyInAnyOrder(Long.toString(open), Long.toString(closed));
        assertThat(queue.select("label[for=select-" + open + "]").text()).startsWith("Select ticket #");

        var answer = desk.post("/agent/tickets/bulk", "ids", Long.toString(open), "ids", Long.toString(closed),
                "assignee", Long.toString(agent.id()), "status", "", "priority", "", "back",
                "/agent?view=all&group=" + group);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/agent?view=all&group=" + group);
        var after = Jsoup.parse(desk.get("/agent?view=all&group=" + group).body());

        assertThat(after.select(".bulk-result").text()).isEqualTo("1 ticket updated, 1 skipped.");
        assertThat(after.select(".bulk-skipped li").text()).startsWith("#" + closedNumber + ": ").contains("closed");
        assertThat(api.as(agent).get("/api/v1/tickets/" + open).expect(200).json().path("assignee").path("id").asLong())
                .isEqualTo(agent.id());

        var elsewhere = desk.post("/agent/tickets/bulk", "ids", Long.toString(open), "priority", "high", "back",
                "https://evil.example/");
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/agent");
        desk.get("/agent");
        var none = desk.post("/agent/tickets/bulk", "priority", "high", "back", "/agent");
        assertThat(none.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(desk.get("/agent").body()).select(".flash-error").text())
                .contains("Select at least one ticket.");
        assertThat(BrowserSession.signIn(port, agent, "en").postWithoutCsrf("/agent/tickets/bulk", "ids",
                Long.toString(open), "priority", "low").statusCode()).isEqualTo(403);
    }

    @Test
    void selectedTicketsMergeIntoOneEachOnItsOwnAndABadTargetRefusesThemAll() {
        long group = newGroup("Bulk merge");
        long elsewhere = newGroup("Bulk merge elsewhere");
        var agent = people.agent(group);
        long target = ticket(group, List.of());
        long first = ticket(group, List.of());
        long second = ticket(group, List.of());
        long hidden = ticket(elsewhere, List.of());

        JsonNode result = api.as(agent).post("/api/v1/tickets/bulk/merge", Api.json("ids",
                List.of(first, target, second, hidden), "into", target)).expect(200).json();

        assertThat(result.path("updated").asLong()).isEqualTo(2);
        assertThat(texts(result.path("results"), "outcome")).as("the target itself left out")
                .containsExactly("updated", "updated", "skipped");
        assertThat(result.path("results").get(2).path("reason").asString()).isEqualTo("notFound");
        for (long id : List.of(first, second)) {
            JsonNode merged = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
            assertThat(merged.path("status").asString()).isEqualTo("closed");
            assertThat(merged.path("mergedInto").path("id").asLong()).isEqualTo(target);
        }
        assertThat(api.as(agent).get("/api/v1/tickets/" + target + "/articles").expect(200).json().size())
                .as("its own request and the two copied ones").isEqualTo(3);
        assertThat(api.as(people.admin()).get("/api/v1/tickets/" + hidden).expect(200).json().path("mergedInto")
                .isNull()).isTrue();

        long other = ticket(group, List.of());
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk/merge", Api.json("ids", List.of(other),
                "into", first)).expectProblem(422))).as("into a merged ticket").isEqualTo("into");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk/merge", Api.json("ids", List.of(other),
                "into", hidden)).expectProblem(422))).as("into one the agent may not see").isEqualTo("into");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk/merge", Api.json("ids", List.of(other)))
                .expectProblem(422))).isEqualTo("into");
        assertThat(field(api.as(agent).post("/api/v1/tickets/bulk/merge", Api.json("ids", List.of(), "into", target))
                .expectProblem(422))).isEqualTo("ids");
        api.as(people.customer()).post("/api/v1/tickets/bulk/merge", Api.json("ids", List.of(other), "into", target))
                .expectProblem(403);
        assertThat(api.as(agent).get("/api/v1/tickets/" + other).expect(200).json().path("mergedInto").isNull())
                .as("nothing merged by a refused request").isTrue();
    }

    @Test
    void theQueuePageMergesTheCheckedTicketsIntoATypedNumber() {
        long group = newGroup("Bulk merge page");
        var agent = people.agent(group);
        long target = ticket(group, List.of());
        long source = ticket(group, List.of());
        String number = api.as(agent).get("/api/v1/tickets/" + target).expect(200).json().path("number").asString();
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent?view=open&group=" + group);

        var merged = desk.post("/agent/tickets/bulk/merge", "ids", Long.toString(source), "into", "#" + number,
                "back", "/agent?view=open&group=" + group);
        var unknown = desk.post("/agent/tickets/bulk/merge", "ids", Long.toString(target), "into", "#999999999",
                "back", "/agent");

        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(desk.get(merged.headers().firstValue("Location").orElseThrow()).body())
                .contains("1 ticket updated, none skipped.");
        assertThat(api.as(agent).get("/api/v1/tickets/" + source).expect(200).json().path("mergedInto").path("id")
                .asLong()).isEqualTo(target);
        assertThat(desk.get(unknown.headers().firstValue("Location").orElseThrow()).body())
                .contains("Nothing was changed");
    }

    long newGroup(String name) {
        return api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name(name), "level", 1))
                .expect(201).id();
    }

    long ticket(long group, List<String> tags) {
        return api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Bulk " + Unique.name("t"), "body",
                "x", "group", group, "tags", tags, "customer", Map.of("email", Unique.email("bulk")))).expect(201).id();
    }

    static String field(JsonNode problem) {
        return problem.path("errors").get(0).path("field").asString();
    }
}
