package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Merging one ticket into another: the conversation moves over, the source closes, both keep their history. */
abstract class TicketMergeSpec extends TicketSpec {

    private JsonNode merge(TestUser who, long source, long into, int status) {
        return api.as(who).post("/api/v1/tickets/" + source + "/merge", Api.json("into", into)).expect(status).json();
    }

    private JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    private JsonNode articles(TestUser who, long id) {
        return api.as(who).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
    }

    private JsonNode history(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id + "/history").expect(200).json();
    }

    @Test
    void mergingCopiesTheConversationWithItsFilesAndClosesTheSourceAsMerged() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long source = openTicket(customer, "Printer jams").path("id").asLong();
        long target = openTicket(customer, "Printer jams again").path("id").asLong();
        byte[] log = "jam at tray 2\n".getBytes(StandardCharsets.UTF_8);
        new Multipart().field("body", "Here is the log").file("files", "printer.log", "text/plain", log)
                .post(api.as(customer), "/api/v1/tickets/" + source + "/articles").expect(201);
        api.as(agent).post("/api/v1/tickets/" + source + "/articles",
                Api.json("body", "Firmware is old", "visibility", "internal")).expect(201);
        String sourceNumber = ticket(source).path("number").asString();

        var answered = merge(agent, source, target, 200);

        assertThat(answered.path("id").asLong()).isEqualTo(target);
        var merged = ticket(source);
        assertThat(merged.path("status").asString()).isEqualTo("closed");
        assertThat(merged.path("tags").valueStream().map(JsonNode::asString)).contains("merged");
        assertThat(merged.path("mergedInto").path("id").asLong()).isEqualTo(target);
        assertThat(merged.path("mergedInto").path("number").asString()).isEqualTo(ticket(target).path("number").asString());
        assertThat(ticket(target).path("mergedInto").isNull()).isTrue();

        // the source keeps its own conversation; the target gets copies marked with the source's number
        assertThat(texts(articles(agent, source), "body")).containsExactly("Please help", "Here is the log",
                "Firmware is old");
        var onTarget = articles(agent, target);
        assertThat(texts(onTarget, "body")).containsExactlyInAnyOrder("Please help", "Please help", "Here is the log",
                "Firmware is old");
        var copies = onTarget.valueStream().filter(a -> !a.path("mergedFrom").isNull()).toList();
        assertThat(copies).hasSize(3).allSatisfy(a -> assertThat(a.path("mergedFrom").asString()).isEqualTo(sourceNumber));
        // the same customer: their messages stay public, the note stays internal, and the customer reads them
        assertThat(texts(articles(customer, target), "body")).containsExactlyInAnyOrder("Please help", "Please help",
                "Here is the log");
        JsonNode copiedFile = copies.stream().filter(a -> a.path("body").asString().equals("Here is the log"))
                .findFirst().orElseThrow().path("attachments").get(0);
        var download = api.as(customer).send("GET", copiedFile.path("url").asString(), BodyPublishers.noBody(), null)
                .expect(200);
        assertThat(download.body()).isEqualTo("jam at tray 2\n");

        assertThat(texts(history(source), "field")).contains("merged_into", "status", "tags");
        assertThat(texts(history(target), "field")).contains("merged_from");
        assertThat(history(target).valueStream().filter(h -> h.path("field").asString().equals("merged_from"))
                .findFirst().orElseThrow().path("to").asString()).isEqualTo(sourceNumber);
    }

    @Test
    void anotherCustomersConversationArrivesAsInternalNotesAndTheyJoinAsAParticipant() {
        var ana = people.customer();
        var bia = people.customer();
        var agent = people.agent(groupId("L1"));
        long anas = openTicket(ana, "VPN down").path("id").asLong();
        long bias = openTicket(bia, "VPN down for me too").path("id").asLong();

        merge(agent, bias, anas, 200);

        assertThat(texts(articles(ana, anas), "body")).containsExactly("Please help"); // only her own
        assertThat(articles(agent, anas).valueStream().filter(a -> !a.path("mergedFrom").isNull())
                .map(a -> a.path("visibility").asString())).containsExactly("internal");
        assertThat(history(anas).valueStream().filter(h -> h.path("field").asString().equals("participant"))
                .map(h -> h.path("to").asString())).containsExactly(Long.toString(bia.id()));
        // the source stays readable for its own customer, pointing at where it went
        var seenByBia = api.as(bia).get("/api/v1/tickets/" + bias).expect(200).json();
        assertThat(seenByBia.path("status").asString()).isEqualTo("closed");
    }

    @Test
    void aTicketTheAgentMayNotSeeCannotBeMergedIntoNorFrom() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long mine = openTicket(customer, "Mine").path("id").asLong();
        long specialists = openTicket(customer, "Specialists only").path("id").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + specialists, Api.json("group", groupId("L3"))).expect(200);

        api.as(agent).post("/api/v1/tickets/" + mine + "/merge", Api.json("into", specialists)).expectProblem(404);
        api.as(agent).post("/api/v1/tickets/" + specialists + "/merge", Api.json("into", mine)).expectProblem(404);
        api.as(customer).post("/api/v1/tickets/" + mine + "/merge", Api.json("into", specialists)).expectProblem(403);

        assertThat(ticket(mine).path("status").asString()).isEqualTo("new");
        assertThat(ticket(specialists).path("status").asString()).isEqualTo("new");
        assertThat(countRows("articles where ticket_id = " + specialists)).isEqualTo(1);
    }

    @Test
    void badMergesAreRefusedWithTheFieldAndNothingChanges() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long a = openTicket(customer, "A").path("id").asLong();
        long b = openTicket(customer, "B").path("id").asLong();
        long c = openTicket(customer, "C").path("id").asLong();
        String path = "/api/v1/tickets/" + a + "/merge";

        assertThat(field(api.as(agent).post(path, Api.json("into", a)).expectProblem(422))).isEqualTo("into");
        assertThat(field(api.as(agent).post(path, Api.json()).expectProblem(422))).isEqualTo("into");
        assertThat(field(api.as(agent).post(path, Api.json("into", "ten")).expectProblem(422))).isEqualTo("into");
        assertThat(field(api.as(agent).post(path, Api.json("into", b, "force", true)).expectProblem(422)))
                .isEqualTo("force");
        api.as(agent).post(path, Api.json("into", 999_999_999L)).expectProblem(404);
        api.as(agent).header("If-Match", "\"7\"").post(path, Api.json("into", b)).expectProblem(412);
        api.as(agent).send("POST", path, "{\"into\":", "application/json").expectProblem(400);
        assertThat(ticket(a).path("status").asString()).isEqualTo("new");
        assertThat(ticket(a).path("version").asLong()).isZero();

        // a chain: B went into C, so merging A into B is refused, naming C
        merge(agent, b, c, 200);
        var chained = api.as(agent).post(path, Api.json("into", b)).expectProblem(422);
        assertThat(field(chained)).isEqualTo("into");
        assertThat(chained.path("errors").get(0).path("message").asString())
                .contains("#" + ticket(c).path("number").asString());
        // a merged ticket cannot be merged again, nor can anything go into a closed ticket
        assertThat(field(api.as(agent).post("/api/v1/tickets/" + b + "/merge", Api.json("into", a))
                .expectProblem(422))).isEqualTo("status");
        api.as(agent).patch("/api/v1/tickets/" + c, Api.json("status", "closed")).expect(200);
        assertThat(field(api.as(agent).post(path, Api.json("into", c)).expectProblem(422))).isEqualTo("into");
        assertThat(ticket(a).path("status").asString()).isEqualTo("new");
        assertThat(countRows("articles where ticket_id = " + c)).isEqualTo(2); // its own and B's, nothing of A
    }

    @Test
    void aMergeWithTheCurrentVersionSucceedsAndASecondOneWithTheSameVersionIsStale() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long a = openTicket(customer, "Twice").path("id").asLong();
        long b = openTicket(customer, "Target one").path("id").asLong();
        long c = openTicket(customer, "Target two").path("id").asLong();
        String etag = api.as(agent).get("/api/v1/tickets/" + a).expect(200).header("ETag");

        api.as(agent).header("If-Match", etag).post("/api/v1/tickets/" + a + "/merge", Api.json("into", b)).expect(200);
        api.as(agent).header("If-Match", etag).post("/api/v1/tickets/" + a + "/merge", Api.json("into", c))
                .expectProblem(412);

        assertThat(ticket(a).path("mergedInto").path("id").asLong()).isEqualTo(b);
        assertThat(countRows("articles where ticket_id = " + c)).isEqualTo(1);
    }

    private static String field(JsonNode problem) {
        return problem.path("errors").get(0).path("field").asString();
    }
}
