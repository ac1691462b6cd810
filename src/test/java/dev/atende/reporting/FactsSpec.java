package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.reporting.internal.RatingCatchUp;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** Facts kept as tickets change through the API are those a rebuild computes from scratch. */
abstract class FactsSpec extends ApiSpec {

    private Map<String, Object> facts(long ticket) {
        Map<String, Object> row = new java.util.TreeMap<>(jdbc.queryForMap("select * from ticket_facts where ticket_id = ?", ticket));
        row.remove("refreshed_at");
        return row;
    }

    @Test
    void repliesReopensAndSolutionsAreKeptInTheTicketsTransaction() {
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Relatórios fatos"), "level", 1))
                .expect(201).id();
        TestUser agent = people.agent(group);
        TestUser customer = people.customer();
        long ticket = api.as(agent).post("/api/v1/tickets", Api.json("subject", "Impressora", "body", "Não imprime",
                "customer", Map.of("email", customer.email()), "group", group, "channel", "phone")).expect(201).id();
        assertThat(facts(ticket)).containsEntry("agent_replies", 0).containsEntry("status", "new")
                .containsEntry("channel", "phone").containsEntry("group_id", group);
        assertThat(facts(ticket).get("first_response_at")).isNull(); // the agent's opening request is no reply

        api.as(agent).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "nota", "visibility", "internal"))
                .expect(201);
        assertThat(facts(ticket)).containsEntry("agent_replies", 0);
        api.as(agent).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Reinicie", "visibility", "public"))
                .expect(201);
        api.as(agent).patch("/api/v1/tickets/" + ticket, Api.json("status", "solved", "assignee", agent.id())).expect(200);
        var solvedOnce = facts(ticket);
        assertThat(solvedOnce).containsEntry("agent_replies", 1).containsEntry("reopens", 0)
                .containsEntry("status", "solved").containsEntry("assignee_id", agent.id());
        assertThat(solvedOnce.get("first_response_seconds")).isNotNull();
        assertThat(solvedOnce.get("resolution_seconds")).isNotNull();

        api.as(customer).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Voltou", "visibility", "public"))
                .expect(201);
        assertThat(facts(ticket)).containsEntry("reopens", 1).containsEntry("status", "open");
        assertThat(facts(ticket).get("solved_at")).isNull();
        api.as(agent).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Troque o cabo")).expect(201);
        api.as(agent).patch("/api/v1/tickets/" + ticket, Api.json("status", "solved")).expect(200);
        var kept = facts(ticket);
        assertThat(kept).containsEntry("agent_replies", 2).containsEntry("reopens", 1).containsEntry("status", "solved");
        assertThat(kept.get("first_response_at")).isEqualTo(solvedOnce.get("first_response_at"));

        api.as(people.admin()).post("/api/v1/reports/facts/rebuild", Map.of()).expect(200);
        assertThat(facts(ticket)).isEqualTo(kept);
    }

    @Autowired
    RatingCatchUp ratings;

    @Test
    void ratingsGivenSinceTheLastRunAreCopiedIntoTheFacts() {
        TestUser customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Nota", "body", "Oi")).expect(201).id();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // written by SQL, as if the survey's own copy after its commit had been lost
        String token = java.util.UUID.randomUUID().toString().replace("-", "").repeat(2);
        jdbc.update("insert into survey_requests (ticket_id, customer_id, sent_at, token_hash, token_sealed, scale, "
                + "expires_at) values (?, ?, ?, ?, 'sealed', 'stars', ?)", ticket, customer.id(), plain(now.minusSeconds(60)),
                token, plain(now.plusSeconds(86_400)));
        long request = jdbc.queryForObject("select id from survey_requests where token_hash = ?", Long.class, token);
        jdbc.update("insert into ticket_ratings (ticket_id, score, good, rated_at, request_id, customer_id, scale, "
                + "first_rated_at) values (?, 1, false, ?, ?, ?, 'stars', ?)", ticket, plain(now), request, customer.id(),
                plain(now));
        assertThat(facts(ticket).get("rating_score")).isNull();
        ratings.run();
        assertThat(((Number) facts(ticket).get("rating_score")).intValue()).isEqualTo(1);
        assertThat(facts(ticket)).containsEntry("rating_good", false);
        assertThat(facts(ticket).get("survey_sent_at")).isNotNull();
        jdbc.update("update ticket_ratings set score = 5, good = true, rated_at = ?, updates = 1 where ticket_id = ?",
                plain(now.plusSeconds(1)), ticket);
        ratings.run(); // changed again: copied again
        assertThat(((Number) facts(ticket).get("rating_score")).intValue()).isEqualTo(5);
    }

    /** The survey module's times: UTC in plain timestamp columns. */
    private static java.time.LocalDateTime plain(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    @Test
    void escalationMovesTheTicketsFactsToTheNewGroup() {
        long l2 = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Relatórios L3"), "level", 3))
                .expect(201).id();
        long l1 = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Relatórios L2"), "level", 2,
                "escalatesTo", l2)).expect(201).id();
        TestUser agent = people.agent(l1, l2);
        TestUser customer = people.customer();
        long ticket = api.as(agent).post("/api/v1/tickets", Api.json("subject", "Rede", "body", "Caiu",
                "customer", Map.of("email", customer.email()), "group", l1)).expect(201).id();
        api.as(agent).post("/api/v1/tickets/" + ticket + "/escalate", Api.json("reason", "Precisa de L2")).expect(200);
        assertThat(facts(ticket)).containsEntry("group_id", l2);
    }
}
