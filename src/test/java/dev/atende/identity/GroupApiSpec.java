package dev.atende.identity;

import static dev.atende.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Support groups and levels: escalation always goes up, so chains end. */
abstract class GroupApiSpec extends ApiSpec {

    @Test
    void installationStartsWithL1EscalatingToL2ToL3() {
        Map<String, JsonNode> groups = groupsByName();

        JsonNode l1 = groups.get("L1");
        JsonNode l2 = groups.get("L2");
        JsonNode l3 = groups.get("L3");
        assertThat(l1.path("level").asInt()).isEqualTo(1);
        assertThat(l2.path("level").asInt()).isEqualTo(2);
        assertThat(l3.path("level").asInt()).isEqualTo(3);
        assertThat(l1.path("escalatesTo").asLong()).isEqualTo(l2.path("id").asLong());
        assertThat(l2.path("escalatesTo").asLong()).isEqualTo(l3.path("id").asLong());
        assertThat(l3.path("escalatesTo").isNull()).isTrue();
    }

    @Test
    void groupsAreListedByLevel() {
        var levels = api.as(people.agent()).get("/api/v1/groups").expect(200).json().findValues("level").stream()
                .map(JsonNode::asInt).toList();

        assertThat(levels).isSorted();
    }

    @Test
    void adminCreatesAGroupThatEscalatesUpwards() {
        long l3 = groupsByName().get("L3").path("id").asLong();
        String name = Unique.name("Redes");

        var response = api.as(people.admin()).post("/api/v1/groups",
                json("name", name, "level", 2, "escalatesTo", l3)).expect(201);

        assertThat(response.header("Location")).endsWith("/api/v1/groups/" + response.id());
        assertThat(response.json().path("name").asString()).isEqualTo(name);
        assertThat(response.json().path("level").asInt()).isEqualTo(2);
        assertThat(response.json().path("escalatesTo").asLong()).isEqualTo(l3);
    }

    @Test
    void newGroupsStartAtLevelOne() {
        var group = api.as(people.admin()).post("/api/v1/groups", json("name", Unique.name("Triagem"))).expect(201);

        assertThat(group.json().path("level").asInt()).isEqualTo(1);
        assertThat(group.json().path("escalatesTo").isNull()).isTrue();
    }

    @Test
    void escalationCannotGoDownOrSideways() {
        long l2 = groupsByName().get("L2").path("id").asLong();

        var down = api.as(people.admin()).post("/api/v1/groups",
                json("name", Unique.name("Down"), "level", 3, "escalatesTo", l2)).expectProblem(422);
        var sideways = api.as(people.admin()).post("/api/v1/groups",
                json("name", Unique.name("Side"), "level", 2, "escalatesTo", l2)).expectProblem(422);

        assertThat(down.path("errors").get(0).path("field").asString()).isEqualTo("escalatesTo");
        assertThat(sideways.path("errors").get(0).path("message").asString())
                .isEqualTo("A group can only escalate to a group of a higher level.");
    }

    @Test
    void groupCannotEscalateToItself() {
        long id = group(Unique.name("Self"), 4, null);

        api.as(people.admin()).patch("/api/v1/groups/" + id, json("escalatesTo", id)).expectProblem(422);
    }

    @Test
    void levelCannotDropToOrBelowAGroupThatEscalatesHere() {
        long top = group(Unique.name("Top"), 5, null);
        String feeder = Unique.name("Feeder");
        group(feeder, 4, top);

        var problem = api.as(people.admin()).patch("/api/v1/groups/" + top, json("level", 4)).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("message").asString()).contains(feeder);
        api.as(people.admin()).patch("/api/v1/groups/" + top, json("level", 6)).expect(200);
    }

    @Test
    void raisingAGroupAboveItsTargetIsRefused() {
        long top = group(Unique.name("Top"), 5, null);
        long lower = group(Unique.name("Lower"), 4, top);

        api.as(people.admin()).patch("/api/v1/groups/" + lower, json("level", 5)).expectProblem(422);
        var cleared = api.as(people.admin()).patch("/api/v1/groups/" + lower, json("level", 7, "escalatesTo", null))
                .expect(200).json();
        assertThat(cleared.path("escalatesTo").isNull()).isTrue();
    }

    @Test
    void levelIsBetweenOneAndNine() {
        api.as(people.admin()).post("/api/v1/groups", json("name", Unique.name("Zero"), "level", 0))
                .expectProblem(422);
        var problem = api.as(people.admin()).post("/api/v1/groups", json("name", Unique.name("Ten"), "level", 10))
                .expectProblem(422);
        long id = group(Unique.name("Text"), 1, null);
        api.as(people.admin()).patch("/api/v1/groups/" + id, json("level", "high")).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("level");
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        var problem = api.as(people.admin()).post("/api/v1/groups", json("name", "l1")).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void unknownEscalationTargetIsAFieldError() {
        var problem = api.as(people.admin()).post("/api/v1/groups",
                json("name", Unique.name("Lost"), "escalatesTo", 999999999L)).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("escalatesTo");
    }

    @Test
    void customersCannotSeeGroupsAndAgentsCannotChangeThem() {
        long l1 = groupsByName().get("L1").path("id").asLong();

        api.as(people.customer()).get("/api/v1/groups").expectProblem(403);
        api.as(people.customer()).get("/api/v1/groups/" + l1).expectProblem(403);
        api.as(people.agent()).get("/api/v1/groups/" + l1).expect(200);
        api.as(people.agent()).post("/api/v1/groups", json("name", Unique.name("Nope"))).expectProblem(403);
        api.as(people.agent()).patch("/api/v1/groups/" + l1, json("name", "Nope")).expectProblem(403);
    }

    @Test
    void unknownGroupIsNotFound() {
        api.as(people.admin()).get("/api/v1/groups/999999999").expectProblem(404);
    }

    private long group(String name, int level, Long escalatesTo) {
        return api.as(people.admin()).post("/api/v1/groups",
                json("name", name, "level", level, "escalatesTo", escalatesTo)).expect(201).id();
    }

    private Map<String, JsonNode> groupsByName() {
        Map<String, JsonNode> groups = new HashMap<>();
        api.as(people.admin()).get("/api/v1/groups").expect(200).json()
                .forEach(group -> groups.put(group.path("name").asString(), group));
        return groups;
    }
}
