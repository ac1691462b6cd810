package dev.atende.automation;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;

/**
 * What the automation specifications share. Every rule a test creates names a unique token its
 * conditions require (other tests' tickets share the database and must not be touched), and is
 * removed after the test.
 */
abstract class AutomationSpec extends ApiSpec {

    private final List<String> created = new ArrayList<>();

    /** A token unique to this test, to put in subjects and conditions. */
    final String token = Unique.name("TOKEN").replaceAll("[^A-Za-z0-9]", "");

    @AfterEach
    void removeRules() {
        for (String path : created) {
            api.as(people.admin()).delete(path);
        }
    }

    long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    JsonNode openTicket(TestUser customer, String subject) {
        return api.as(customer).post("/api/v1/tickets", Api.json("subject", subject, "body", "Please help"))
                .expect(201).json();
    }

    JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    /** Creates a rule (as the admin) that is removed after the test; answers its JSON. */
    JsonNode rule(String collection, Object body) {
        JsonNode rule = api.as(people.admin()).post("/api/v1/" + collection, body).expect(201).json();
        created.add("/api/v1/" + collection + "/" + rule.path("id").asLong());
        return rule;
    }

    JsonNode trigger(String event, List<?> all, List<?> actions) {
        return rule("triggers", Api.json("name", Unique.name("Trigger"), "event", event, "conditions",
                Api.json("all", all), "actions", actions));
    }

    /** The condition every rule of a test starts with: the ticket is one of this test's. */
    Object mine() {
        return Api.json("field", "subject", "op", "contains", "value", token);
    }

    JsonNode runs(String collection, long id) {
        return api.as(people.admin()).get("/api/v1/" + collection + "/" + id + "/runs").expect(200).json();
    }

    /** Asks {@code probe} until {@code done} holds (at most 15 s, every 50 ms): listeners run after commit. */
    static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after 15 s: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            value = probe.get();
        }
        return value;
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }
}
