package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Malformed, oversized, unknown and hostile input: a clear answer, and nothing half-written. */
abstract class TicketBadInputSpec extends TicketSpec {

    @Test
    void malformedJsonIs400AndCreatesNothing() {
        var customer = people.customer();
        long before = countRows("tickets");

        api.as(customer).send("POST", "/api/v1/tickets", "{\"subject\": \"x\", ", "application/json").expectProblem(400);
        api.as(customer).send("POST", "/api/v1/tickets", "[1, 2]", "application/json").expectProblem(422);

        assertThat(countRows("tickets where customer_id = " + customer.id())).isZero();
        assertThat(countRows("tickets")).isGreaterThanOrEqualTo(before);
    }

    @Test
    void missingAndOversizedFieldsAre422WithEveryFieldNamed() {
        var customer = people.customer();

        var missing = api.as(customer).post("/api/v1/tickets", Api.json("subject", " ")).expectProblem(422);
        var oversized = api.as(customer).post("/api/v1/tickets",
                Api.json("subject", "s".repeat(256), "body", "b".repeat(1024 * 1024 + 1))).expectProblem(422);

        assertThat(fields(missing)).containsExactlyInAnyOrder("subject", "body");
        assertThat(fields(oversized)).containsExactlyInAnyOrder("subject", "body");
        assertThat(countRows("tickets where customer_id = " + customer.id())).isZero();
    }

    @Test
    void subjectOfExactly255CharactersIsAccepted() {
        String subject = "ç".repeat(254) + "🙂";

        var created = api.as(people.customer()).post("/api/v1/tickets", Api.json("subject", subject, "body", "b"));

        assertThat(created.expect(201).json().path("subject").asString()).isEqualTo(subject);
    }

    @Test
    void requestBodyOverTheLimitIs413() {
        var answer = api.as(people.customer()).post("/api/v1/tickets",
                Api.json("subject", "big", "body", "x".repeat(3 * 1024 * 1024)));

        answer.expectProblem(413);
    }

    @Test
    void unknownCodesAndIdsAre422OrNotFound() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Codes").path("id").asLong();

        var badCreate = api.as(agent).post("/api/v1/tickets", Api.json("subject", "x", "body", "y",
                "priority", "critical", "channel", "fax", "group", 987654321, "category", 987654321)).expectProblem(422);
        var badPatch = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("status", "archived", "priority", 3))
                .expectProblem(422);

        assertThat(fields(badCreate)).contains("priority", "channel", "group", "category");
        assertThat(fields(badPatch)).contains("status", "priority");
        api.as(agent).get("/api/v1/tickets/987654321").expectProblem(404);
        api.as(agent).get("/api/v1/tickets/not-a-number").expectProblem(400);
        api.as(agent).get("/api/v1/attachments/987654321").expectProblem(404);
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).json().path("version").asLong()).isZero();
    }

    @Test
    void badListParametersAre422() {
        var agent = people.agent(groupId("L1"));

        assertThat(fields(api.as(agent).get("/api/v1/tickets?status=lost").expectProblem(422))).contains("status");
        assertThat(fields(api.as(agent).get("/api/v1/tickets?size=201").expectProblem(422))).contains("size");
        assertThat(fields(api.as(agent).get("/api/v1/tickets?sort=password").expectProblem(422))).contains("sort");
        assertThat(fields(api.as(agent).get("/api/v1/tickets?assignee=someone").expectProblem(422))).contains("assignee");
        assertThat(api.as(agent).get("/api/v1/tickets?q=%25%27%3B%20drop%20table%20tickets%3B--").expect(200)
                .json().path("total").asLong()).isZero();
    }

    @Test
    void wrongContentTypeIs415() {
        api.as(people.customer()).send("POST", "/api/v1/tickets", "subject=x", "text/plain").expectProblem(415);
    }

    @Test
    void unparseableIfMatchIsAStaleVersion() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Tags").path("id").asLong();

        api.as(agent).header("If-Match", "\"abc\"").patch("/api/v1/tickets/" + id, Api.json("priority", "low"))
                .expectProblem(412);
        api.as(agent).header("If-Match", "*").patch("/api/v1/tickets/" + id, Api.json("priority", "low")).expect(200);
    }

    @Test
    void invalidTagsAndUnknownContentTypesAre422() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Tags").path("id").asLong();

        var tags = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("tags", List.of("ok", "not ok <b>")));
        var type = api.as(agent).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "x", "contentType", "application/pdf"));
        var visibility = api.as(agent).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "x", "visibility", "secret"));

        assertThat(fields(tags.expectProblem(422))).containsExactly("tags");
        assertThat(fields(type.expectProblem(422))).containsExactly("contentType");
        assertThat(fields(visibility.expectProblem(422))).containsExactly("visibility");
        assertThat(countRows("articles where ticket_id = " + id)).isEqualTo(1);
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        var problem = api.as(people.customer()).language("pt-BR").get("/api/v1/tickets/987654321").expectProblem(404);

        assertThat(problem.path("detail").asString()).isEqualTo("Este chamado não existe ou você não tem acesso a ele.");
    }

    @Test
    void customerFieldOfWrongTypeIsAFieldError() {
        var problem = api.as(people.agent(groupId("L1"))).post("/api/v1/tickets",
                Api.json("subject", "x", "body", "y", "customer", Map.of("email", "not-an-address"))).expectProblem(422);

        assertThat(fields(problem)).containsExactly("customer.email");
    }

    @Test
    void controlCharactersUnknownFieldsAndImpossiblePagesAre422OnBothDatabases() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Controls").path("id").asLong();

        var nul = api.as(agent).post("/api/v1/tickets", Api.json("subject", "nul\u0000x", "body", "b\u0007")).expectProblem(422);
        var typo = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("priorty", "high")).expectProblem(422);
        var nested = api.as(agent).post("/api/v1/tickets", Api.json("subject", "x", "body", "y",
                "customer", Map.of("email", "a@b.example", "name", "n".repeat(201), "phone", "1"))).expectProblem(422);
        var notObject = api.as(agent).post("/api/v1/tickets", Api.json("subject", "x", "body", "y", "customer", "ana"))
                .expectProblem(422);
        var farPage = api.as(agent).get("/api/v1/tickets?page=99999999&size=200").expectProblem(422);

        assertThat(fields(nul)).containsExactlyInAnyOrder("subject", "body");
        assertThat(fields(typo)).containsExactly("priorty");
        assertThat(fields(nested)).containsExactlyInAnyOrder("customer.name", "customer.phone");
        assertThat(fields(notObject)).containsExactly("customer");
        assertThat(fields(farPage)).containsExactly("page");
        assertThat(api.as(agent).get("/api/v1/tickets?q=%00").expect(200).json().has("items")).isTrue();
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).json().path("version").asLong()).isZero();
    }

    @Test
    void anUnsupportedContentTypeOnAnyTicketCallSaysSo() {
        var customer = people.customer();
        long id = openTicket(customer, "Types").path("id").asLong();

        var problem = api.as(customer).send("POST", "/api/v1/tickets/" + id + "/articles", "hello", "text/plain")
                .expectProblem(415);

        assertThat(problem.path("code").asString()).isEqualTo("error.mediaType");
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
