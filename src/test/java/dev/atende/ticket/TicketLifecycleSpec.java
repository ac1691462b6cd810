package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ticket's life through the API: opened, answered, changed, solved, reopened, with its history. */
abstract class TicketLifecycleSpec extends TicketSpec {

    @Test
    void customerOpensTicketWithItsFirstArticleInTheEntryGroup() {
        var customer = people.customer();

        var created = api.as(customer).post("/api/v1/tickets",
                Api.json("subject", "Impressora não imprime", "body", "Ela pisca e não imprime nada."));

        created.expect(201);
        var ticket = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + ticket.path("id").asLong());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(Long.parseLong(ticket.path("number").asString())).isGreaterThanOrEqualTo(10001);
        assertThat(ticket.path("status").asString()).isEqualTo("new");
        assertThat(ticket.path("priority").asString()).isEqualTo("normal");
        assertThat(ticket.path("channel").asString()).isEqualTo("api");
        assertThat(ticket.path("group").path("name").asString()).isEqualTo("L1");
        assertThat(ticket.path("customer").path("id").asLong()).isEqualTo(customer.id());
        assertThat(ticket.path("firstResponseAt").isNull()).isTrue();
        var articles = api.as(customer).get("/api/v1/tickets/" + ticket.path("id").asLong() + "/articles").expect(200).json();
        assertThat(texts(articles, "body")).containsExactly("Ela pisca e não imprime nada.");
        assertThat(articles.get(0).path("sender").asString()).isEqualTo("customer");
        var reply = api.as(customer).post("/api/v1/tickets/" + ticket.path("id").asLong() + "/articles",
                Api.json("body", "Mais um detalhe")).expect(201);
        assertThat(api.as(customer).get(reply.header("Location")).expect(200).json().path("body").asString())
                .isEqualTo("Mais um detalhe");
    }

    @Test
    void aLevelOneGroupCreatedLaterDoesNotTakeOverNewTicketsWhateverItsName() {
        api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Atendimento"), "level", 1))
                .expect(201);

        var ticket = openTicket(people.customer(), "Sem acesso ao e-mail");

        assertThat(ticket.path("group").path("name").asString()).isEqualTo("L1");
    }

    @Test
    void numbersAreUniqueAndGrowWithEachTicket() {
        var customer = people.customer();

        long first = Long.parseLong(openTicket(customer, "First").path("number").asString());
        long second = Long.parseLong(openTicket(customer, "Second").path("number").asString());

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void agentOpensTicketForUnknownCustomerWhoIsCreatedInTheOrganizationOfTheDomain() {
        String domain = Unique.domain("acme");
        long organization = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("ACME"), "domains", List.of(domain))).expect(201).id();
        var agent = people.agent(groupId("L1"));
        String email = "bia@" + domain;

        var ticket = api.as(agent).post("/api/v1/tickets", Api.json("subject", "Phone call", "body", "She called",
                "customer", Map.of("email", email, "name", "Bia"), "channel", "phone", "priority", "high",
                "tags", List.of("VIP", "phone"))).expect(201).json();

        assertThat(ticket.path("customer").path("email").asString()).isEqualTo(email);
        assertThat(ticket.path("organization").path("id").asLong()).isEqualTo(organization);
        assertThat(ticket.path("channel").asString()).isEqualTo("phone");
        assertThat(ticket.path("priority").asString()).isEqualTo("high");

        assertThat(ticket.path("tags").toString()).isEqualTo("[\"phone\",\"vip\"]");
        var customer = api.as(people.admin()).get("/api/v1/users/" + ticket.path("customer").path("id").asLong())
                .expect(200).json();
        assertThat(customer.path("role").asString()).isEqualTo("customer");
    }

    @Test
    void firstPublicAgentReplyIsTheFirstResponseAndOpensTheTicket() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long id = openTicket(customer, "Slow VPN").path("id").asLong();

        api.as(agent).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "Checking the logs", "visibility", "internal")).expect(201);
        var afterNote = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
        api.as(agent).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Please restart it")).expect(201);
        var afterReply = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();

        assertThat(afterNote.path("firstResponseAt").isNull()).isTrue();
        assertThat(afterNote.path("status").asString()).isEqualTo("new");
        assertThat(afterReply.path("firstResponseAt").isNull()).isFalse();
        assertThat(afterReply.path("status").asString()).isEqualTo("open");
    }

    @Test
    void customerReplyReopensSolvedTicketAndHistoryTellsWhoChangedWhat() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long id = openTicket(customer, "Printer jam").path("id").asLong();
        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("status", "solved")).expect(200);

        api.as(customer).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Still jammed")).expect(201);

        var ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
        assertThat(ticket.path("status").asString()).isEqualTo("open");
        assertThat(ticket.path("solvedAt").isNull()).isTrue();
        var history = api.as(agent).get("/api/v1/tickets/" + id + "/history").expect(200).json();
        assertThat(history.valueStream().map(h -> h.path("field").asString() + ":" + h.path("from").asString("")
                + ">" + h.path("to").asString("") + " by " + h.path("actor").path("id").asLong()))
                .containsExactly("created:>" + ticket.path("number").asString() + " by " + customer.id(),
                        "status:new>solved by " + agent.id(),
                        "status:solved>open by " + customer.id());
    }

    @Test
    void changesAreVersionedAndAStaleIfMatchIsRefusedWithoutWritingAnything() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Mail down").path("id").asLong();
        var first = api.as(agent).header("If-Match", "\"0\"").patch("/api/v1/tickets/" + id,
                Api.json("priority", "urgent", "tags", List.of("outage")));

        var stale = api.as(agent).header("If-Match", "\"0\"").patch("/api/v1/tickets/" + id,
                Api.json("priority", "low", "subject", "Overwritten"));

        assertThat(first.expect(200).header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.expectProblem(412).path("detail").asString()).isNotBlank();
        var ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200);
        assertThat(ticket.json().path("priority").asString()).isEqualTo("urgent");
        assertThat(ticket.json().path("subject").asString()).isEqualTo("Mail down");
        assertThat(ticket.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void agentAssignsAMemberOfTheGroupAndMovingGroupsDropsAnAssigneeWhoIsNotInTheNewOne() {
        long l1 = groupId("L1");
        long l2 = groupId("L2");
        var agent = people.agent(l1);
        long id = openTicket(people.customer(), "Needs an owner").path("id").asLong();

        var assigned = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", agent.id())).expect(200).json();
        var moved = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("group", l2)).expect(200).json();

        assertThat(assigned.path("assignee").path("id").asLong()).isEqualTo(agent.id());
        assertThat(moved.path("group").path("id").asLong()).isEqualTo(l2);
        assertThat(moved.path("assignee").isNull()).isTrue();
    }

    @Test
    void closedTicketsAreFinal() {
        var agent = people.agent(groupId("L1"));
        var customer = people.customer();
        long id = openTicket(customer, "Done").path("id").asLong();
        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("status", "closed")).expect(200);

        var reopen = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("status", "open"));
        var reply = api.as(customer).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "One more thing"));

        assertThat(reopen.expectProblem(422).path("errors").get(0).path("field").asString()).isEqualTo("status");
        reply.expectProblem(422);
    }

    @Test
    void customerMarksOwnTicketSolvedAndReopensIt() {
        var customer = people.customer();
        long id = openTicket(customer, "Fixed itself").path("id").asLong();

        var solved = api.as(customer).patch("/api/v1/tickets/" + id, Api.json("status", "solved")).expect(200).json();
        var reopened = api.as(customer).patch("/api/v1/tickets/" + id, Api.json("status", "open")).expect(200).json();

        assertThat(solved.path("status").asString()).isEqualTo("solved");
        assertThat(solved.path("solvedAt").isNull()).isFalse();
        assertThat(reopened.path("status").asString()).isEqualTo("open");
    }

    @Test
    void listShowsOnlyWhatMatchesAndPagesThroughIt() {
        long l3 = groupId("L3");
        var specialist = people.agent(l3);
        var customer = people.customer();
        for (int i = 0; i < 3; i++) {
            long id = openTicket(customer, "Batch " + i).path("id").asLong();
            api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("group", l3, "assignee", specialist.id()))
                    .expect(200);
        }

        var page = api.as(specialist).get("/api/v1/tickets?assignee=me&status=new,open&size=2&sort=-createdAt")
                .expect(200).json();
        var second = api.as(specialist).get("/api/v1/tickets?assignee=me&size=2&page=1").expect(200).json();

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(texts(page.path("items"), "subject")).containsExactly("Batch 2", "Batch 1");
        assertThat(second.path("items").size()).isEqualTo(1);
        var byNumber = api.as(customer).get("/api/v1/tickets?q=%23" + page.path("items").get(0).path("number")
                .asString()).expect(200).json();
        assertThat(texts(byNumber.path("items"), "subject")).containsExactly("Batch 2");
    }

    @Test
    void htmlBodiesLoseScriptsButKeepTheirContentAndNonLatinTextSurvives() {
        var customer = people.customer();
        long id = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Ошибка 🙈 エラー",
                "body", "<p onclick=\"steal()\">Olá <b>mundo</b> 🌍<script>alert(1)</script>"
                        + "<img src=\"x.png\" onerror=\"alert(2)\"></p>", "contentType", "text/html")).expect(201).id();

        var ticket = api.as(customer).get("/api/v1/tickets/" + id).expect(200).json();
        String body = api.as(customer).get("/api/v1/tickets/" + id + "/articles").expect(200).json().get(0)
                .path("body").asString();

        assertThat(ticket.path("subject").asString()).isEqualTo("Ошибка 🙈 エラー");
        assertThat(body).contains("Olá <b>mundo</b> 🌍").contains("x.png")
                .doesNotContain("script").doesNotContain("onerror").doesNotContain("onclick").doesNotContain("alert");
    }

    @Test
    void simultaneousRepliesAndChangesAllLandWithoutVersionConflicts() throws Exception {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long id = openTicket(customer, "Busy ticket").path("id").asLong();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                answers.add(pool.submit(() -> n % 3 == 0
                        ? api.as(agent).patch("/api/v1/tickets/" + id, Api.json("tags", List.of("t" + n))).status()
                        : api.as(n % 2 == 0 ? agent : customer).post("/api/v1/tickets/" + id + "/articles",
                                Api.json("body", "message " + n)).status()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isIn(200, 201);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(api.as(agent).get("/api/v1/tickets/" + id + "/articles").expect(200).json().size()).isEqualTo(9);
    }
}
