package dev.atende.ticket;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the ticket specifications share: the default groups and a quick way to open a ticket. */
abstract class TicketSpec extends ApiSpec {

    long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    /** A ticket opened by this customer through the API; answers the ticket JSON. */
    JsonNode openTicket(TestUser customer, String subject) {
        return api.as(customer).post("/api/v1/tickets", Api.json("subject", subject, "body", "Please help"))
                .expect(201).json();
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }

    long countRows(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
