package dev.atende.routing;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * What the routing specifications share: groups of their own (never the shared L1-L3, which
 * other specs use), tickets in them, and bounded waits for the asynchronous assignment.
 */
abstract class RoutingSpecBase extends ApiSpec {

    /** A new group; {@code fields} may set escalatesTo; routing is set afterwards by PATCH. */
    long group(int level, Map<String, ?> routing) {
        long id = api.as(people.admin()).post("/api/v1/groups",
                Api.json("name", Unique.name("Team L" + level), "level", level)).expect(201).id();
        if (!routing.isEmpty()) {
            api.as(people.admin()).patch("/api/v1/groups/" + id, routing).expect(200);
        }
        return id;
    }

    /** A ticket opened by an admin for a fresh customer in this group (and category, if not null). */
    long ticket(long groupId, Long categoryId) {
        var body = Api.json("subject", Unique.name("Routing"), "body", "Help", "group", groupId,
                "customer", Map.of("email", Unique.email("routed"), "name", "Rita"));
        if (categoryId != null) {
            body.put("category", categoryId);
        }
        return api.as(people.admin()).post("/api/v1/tickets", body).expect(201).id();
    }

    JsonNode ticketJson(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    Long assignee(long ticketId) {
        JsonNode assignee = ticketJson(ticketId).path("assignee");
        return assignee.isNull() || assignee.isMissingNode() ? null : assignee.path("id").asLong();
    }

    /** Waits (bounded) until the ticket is assigned to this agent. */
    void awaitAssignee(long ticketId, TestUser agent) {
        eventually(() -> Long.valueOf(agent.id()).equals(assignee(ticketId)),
                "ticket " + ticketId + " assigned to " + agent.id() + " (is " + assignee(ticketId) + ")");
    }

    /**
     * Waits (bounded) until every routing reaction to events so far has run, so that "still
     * unassigned" means the assigner looked and found nobody, not that it has not looked yet.
     */
    void awaitRoutingIdle() {
        eventually(() -> {
            Long pending = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                    + " and listener_id like '%routing%'", Long.class);
            return pending != null && pending == 0;
        }, "routing reactions to finish");
    }

    static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    void setAvailability(TestUser as, long userId, String status) {
        api.as(as).put("/api/v1/users/" + userId + "/availability", Api.json("status", status)).expect(200);
    }

    long skill(String prefix) {
        return api.as(people.admin()).post("/api/v1/skills", Api.json("name", Unique.name(prefix))).expect(201).id();
    }

    void skills(TestUser agent, Object... skillAndLevel) {
        var list = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < skillAndLevel.length; i += 2) {
            list.add(Api.json("skill", skillAndLevel[i], "level", skillAndLevel[i + 1]));
        }
        api.as(people.admin()).put("/api/v1/users/" + agent.id() + "/skills", list).expect(200);
    }
}
