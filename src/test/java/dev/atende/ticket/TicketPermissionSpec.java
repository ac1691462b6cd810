package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who sees and changes what: enforced by the services, checked here at the API. */
abstract class TicketPermissionSpec extends TicketSpec {

    @Test
    void anotherCustomersTicketDoesNotExistForACustomer() {
        var owner = people.customer();
        var stranger = people.customer();
        long id = openTicket(owner, "Private matter").path("id").asLong();
        String path = "/api/v1/tickets/" + id;

        api.as(stranger).get(path).expectProblem(404);
        api.as(stranger).get(path + "/articles").expectProblem(404);
        api.as(stranger).post(path + "/articles", Api.json("body", "let me in")).expectProblem(404);
        api.as(stranger).patch(path, Api.json("status", "solved")).expectProblem(404);
        assertThat(api.as(stranger).get("/api/v1/tickets?size=200").expect(200).json().path("items").valueStream()
                .map(t -> t.path("id").asLong())).doesNotContain(id);
        assertThat(countRows("articles where ticket_id = " + id)).isEqualTo(1);
    }

    @Test
    void membersOfASharedOrganizationSeeEachOthersTicketsButOthersDoNot() {
        long shared = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("Shared"), "shared", true)).expect(201).id();
        long closed = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("Closed"), "shared", false)).expect(201).id();
        var ana = people.create(Role.CUSTOMER, Map.of("organization", shared));
        var bia = people.create(Role.CUSTOMER, Map.of("organization", shared));
        var caio = people.create(Role.CUSTOMER, Map.of("organization", closed));
        var davi = people.create(Role.CUSTOMER, Map.of("organization", closed));
        long anas = openTicket(ana, "Shared printer").path("id").asLong();
        long caios = openTicket(caio, "My laptop").path("id").asLong();

        api.as(bia).get("/api/v1/tickets/" + anas).expect(200);
        api.as(davi).get("/api/v1/tickets/" + caios).expectProblem(404);
        api.as(caio).get("/api/v1/tickets/" + anas).expectProblem(404);
    }

    @Test
    void customersNeverSeeInternalNotes() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long id = openTicket(customer, "Billing").path("id").asLong();
        api.as(agent).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "Customer is on the old plan", "visibility", "internal")).expect(201);
        api.as(agent).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Fixed your invoice")).expect(201);

        var seenByCustomer = api.as(customer).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        var seenByAgent = api.as(agent).get("/api/v1/tickets/" + id + "/articles").expect(200).json();

        assertThat(texts(seenByCustomer, "body")).containsExactly("Please help", "Fixed your invoice");
        assertThat(texts(seenByAgent, "visibility")).containsExactly("public", "internal", "public");
    }

    @Test
    void customersMayNotWriteInternalNotesNorReadHistoryNorChangeOtherFields() {
        var customer = people.customer();
        long id = openTicket(customer, "Mine").path("id").asLong();
        String path = "/api/v1/tickets/" + id;

        api.as(customer).post(path + "/articles", Api.json("body", "secret", "visibility", "internal")).expectProblem(403);
        api.as(customer).get(path + "/history").expectProblem(403);
        api.as(customer).patch(path, Api.json("priority", "urgent")).expectProblem(403);
        api.as(customer).patch(path, Api.json("status", "pending")).expectProblem(403);
        api.as(customer).post("/api/v1/tickets", Api.json("subject", "x", "body", "y", "group", groupId("L3")))
                .expectProblem(403);
        var ticket = api.as(customer).get(path).expect(200).json();
        assertThat(ticket.path("priority").asString()).isEqualTo("normal");
        assertThat(ticket.path("status").asString()).isEqualTo("new");
        assertThat(ticket.path("version").asLong()).isZero();
    }

    @Test
    void agentsSeeTheTicketsOfTheirGroupsOnlyAndAdminsSeeAll() {
        long l1 = groupId("L1");
        long l2 = groupId("L2");
        var l1Agent = people.agent(l1);
        var l2Agent = people.agent(l2);
        long id = openTicket(people.customer(), "First-level question").path("id").asLong();

        api.as(l1Agent).get("/api/v1/tickets/" + id).expect(200);
        api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200);
        api.as(l2Agent).get("/api/v1/tickets/" + id).expectProblem(404);
        api.as(l2Agent).patch("/api/v1/tickets/" + id, Api.json("priority", "low")).expectProblem(404);
        assertThat(api.as(l2Agent).get("/api/v1/tickets?size=200").expect(200).json().path("items").valueStream()
                .map(t -> t.path("group").path("id").asLong())).allMatch(g -> g == l2);
    }

    @Test
    void onlyActiveAgentsOfTheTicketsGroupCanBeAssigned() {
        long l1 = groupId("L1");
        var agent = people.agent(l1);
        var outsider = people.agent(groupId("L3"));
        var customer = people.customer();
        long id = openTicket(customer, "Who owns it").path("id").asLong();

        var toOutsider = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", outsider.id()));
        var toCustomer = api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", customer.id()));

        assertThat(toOutsider.expectProblem(422).path("errors").get(0).path("field").asString()).isEqualTo("assignee");
        toCustomer.expectProblem(422);
        assertThat(api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("assignee").isNull()).isTrue();
    }

    @Test
    void withoutCredentialsEverythingIs401() {
        for (String path : List.of("/api/v1/tickets", "/api/v1/tickets/1", "/api/v1/tickets/1/articles",
                "/api/v1/tickets/1/history", "/api/v1/attachments/1")) {
            var answer = api.get(path);
            answer.expectProblem(401);
            assertThat(answer.header("WWW-Authenticate")).contains("Basic");
        }
        api.post("/api/v1/tickets", Api.json("subject", "x", "body", "y")).expectProblem(401);
    }

    @Test
    void colleaguesInASharedOrganizationReadButCannotChangeEachOthersRequests() {
        long shared = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("Colleagues"), "shared", true)).expect(201).id();
        var ana = people.create(Role.CUSTOMER, Map.of("organization", shared));
        var bia = people.create(Role.CUSTOMER, Map.of("organization", shared));
        long id = openTicket(ana, "Ana's request").path("id").asLong();

        api.as(bia).get("/api/v1/tickets/" + id).expect(200);
        api.as(bia).patch("/api/v1/tickets/" + id, Api.json("status", "solved")).expectProblem(403);

        assertThat(api.as(ana).get("/api/v1/tickets/" + id).expect(200).json().path("status").asString()).isEqualTo("new");
    }

    @Test
    void anAgentWhoLeavesAGroupLosesItsTicketsEvenThoseAssignedToThem() {
        long l1 = groupId("L1");
        var agent = people.agent(l1);
        long id = openTicket(people.customer(), "Assigned then moved").path("id").asLong();
        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", agent.id())).expect(200);

        api.as(people.admin()).patch("/api/v1/users/" + agent.id(), Api.json("groups", List.of(groupId("L2")))).expect(200);

        api.as(agent).get("/api/v1/tickets/" + id).expectProblem(404);
        api.as(agent).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "still here?")).expectProblem(404);
        assertThat(api.as(agent).get("/api/v1/tickets?assignee=me").expect(200).json().path("total").asLong()).isZero();
    }

    @Test
    void agentsCreateCustomersWithoutPasswordsAndCannotMoveThemBetweenCompanies() {
        var agent = people.agent(groupId("L1"));
        long organization = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("Other"), "shared", true)).expect(201).id();

        api.as(agent).post("/api/v1/users", Api.json("email", Unique.email("spy"), "password", "chosen-by-agent"))
                .expectProblem(403);
        long customer = api.as(agent).post("/api/v1/users", Api.json("email", Unique.email("new"), "name", "New"))
                .expect(201).id();
        api.as(agent).patch("/api/v1/users/" + customer, Api.json("organization", organization)).expectProblem(403);
        api.as(agent).patch("/api/v1/users/" + customer, Api.json("name", "Renamed")).expect(200);
    }
}
