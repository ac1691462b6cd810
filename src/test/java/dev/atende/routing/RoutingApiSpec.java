package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Unique;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Categories, skills, agents' skills and availability, and group routing settings, through the API. */
abstract class RoutingApiSpec extends RoutingSpecBase {

    @Test
    void categoriesFormATreeWithPathsGroupsComplexityAndSkills() {
        var admin = api.as(people.admin());
        long group = group(2, Map.of());
        long linux = skill("linux");
        String root = Unique.name("Acesso");
        long parent = admin.post("/api/v1/categories", Api.json("name", root)).expect(201).id();
        var child = admin.post("/api/v1/categories", Api.json("name", "Senha", "parent", parent, "group", group,
                "complexity", 2, "requiredSkills", List.of(linux))).expect(201);

        JsonNode json = child.json();
        assertThat(child.header("Location")).endsWith("/api/v1/categories/" + json.path("id").asLong());
        assertThat(json.path("path").asString()).isEqualTo(root + " > Senha");
        assertThat(json.path("parent").asLong()).isEqualTo(parent);
        assertThat(json.path("group").asLong()).isEqualTo(group);
        assertThat(json.path("complexity").asInt()).isEqualTo(2);
        assertThat(json.path("requiredSkills").get(0).asLong()).isEqualTo(linux);

        long id = json.path("id").asLong();
        JsonNode changed = admin.patch("/api/v1/categories/" + id, Api.json("name", "Senha esquecida", "complexity", 3,
                "requiredSkills", List.of())).expect(200).json();
        assertThat(changed.path("path").asString()).isEqualTo(root + " > Senha esquecida");
        assertThat(changed.path("requiredSkills").size()).isZero();
        assertThat(changed.path("group").asLong()).isEqualTo(group);

        var agent = people.agent(group);
        assertThat(api.as(agent).get("/api/v1/categories").expect(200).json().valueStream()
                .map(c -> c.path("path").asString())).contains(root, root + " > Senha esquecida");
        api.as(agent).get("/api/v1/categories/" + id).expect(200);
    }

    @Test
    void aCategoryCannotBecomeItsOwnAncestor() {
        var admin = api.as(people.admin());
        long a = admin.post("/api/v1/categories", Api.json("name", Unique.name("A"))).expect(201).id();
        long b = admin.post("/api/v1/categories", Api.json("name", "B", "parent", a)).expect(201).id();
        long c = admin.post("/api/v1/categories", Api.json("name", "C", "parent", b)).expect(201).id();

        assertThat(admin.patch("/api/v1/categories/" + a, Api.json("parent", c)).expectProblem(422)
                .path("errors").get(0).path("field").asString()).isEqualTo("parent");
        admin.patch("/api/v1/categories/" + a, Api.json("parent", a)).expectProblem(422);
        assertThat(admin.get("/api/v1/categories/" + a).expect(200).json().path("parent").isNull()).isTrue();
    }

    @Test
    void aCategoryInUseOrWithChildrenIsNotDeleted() {
        var admin = api.as(people.admin());
        long parent = admin.post("/api/v1/categories", Api.json("name", Unique.name("Hardware"))).expect(201).id();
        long child = admin.post("/api/v1/categories", Api.json("name", "Impressora", "parent", parent)).expect(201).id();
        long ticket = ticket(group(1, Map.of()), child);

        admin.delete("/api/v1/categories/" + parent).expectProblem(409);
        assertThat(admin.delete("/api/v1/categories/" + child).expectProblem(409).path("detail").asString())
                .contains("1");
        admin.patch("/api/v1/tickets/" + ticket, Api.json("category", null)).expect(200);
        admin.delete("/api/v1/categories/" + child).expect(204);
        admin.delete("/api/v1/categories/" + parent).expect(204);
        admin.get("/api/v1/categories/" + parent).expectProblem(404);
    }

    @Test
    void badCategoriesAreRefusedWithTheirFields() {
        var admin = api.as(people.admin());
        assertThat(fields(admin.post("/api/v1/categories", Api.json("complexity", 2)).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "x".repeat(101))).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "A > B")).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "complexity", 4)).expectProblem(422)))
                .contains("complexity");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "complexity", "hard"))
                .expectProblem(422))).contains("complexity");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "parent", 999999999))
                .expectProblem(422))).contains("parent");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "group", 999999999))
                .expectProblem(422))).contains("group");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "requiredSkills", List.of(999999999)))
                .expectProblem(422))).contains("requiredSkills");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "Ok", "colour", "red")).expectProblem(422)))
                .contains("colour");
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", "bad\u0007bell")).expectProblem(422)))
                .contains("name");
        admin.send("POST", "/api/v1/categories", "{\"name\":", "application/json").expectProblem(400);
        String sibling = Unique.name("Twin");
        admin.post("/api/v1/categories", Api.json("name", sibling)).expect(201);
        assertThat(fields(admin.post("/api/v1/categories", Api.json("name", sibling.toUpperCase())).expectProblem(422)))
                .contains("name");
        admin.get("/api/v1/categories/999999999").expectProblem(404);
        admin.patch("/api/v1/categories/999999999", Api.json("name", "x")).expectProblem(404);
    }

    @Test
    void onlyAdminsShapeCategoriesAndCustomersSeeNone() {
        long id = api.as(people.admin()).post("/api/v1/categories", Api.json("name", Unique.name("Rede")))
                .expect(201).id();
        var agent = people.agent(group(1, Map.of()));
        var customer = people.customer();

        api.as(agent).post("/api/v1/categories", Api.json("name", Unique.name("Nope"))).expectProblem(403);
        api.as(agent).patch("/api/v1/categories/" + id, Api.json("name", "Nope")).expectProblem(403);
        api.as(agent).delete("/api/v1/categories/" + id).expectProblem(403);
        api.as(customer).get("/api/v1/categories").expectProblem(403);
        api.anonymous().get("/api/v1/categories").expectProblem(401);
        assertThat(api.as(people.admin()).get("/api/v1/categories/" + id).expect(200).json().path("name").asString())
                .startsWith("Rede");
    }

    @Test
    void aTicketWithACategoryAndNoGroupGoesToTheCategorysGroup() {
        long group = group(2, Map.of());
        long category = api.as(people.admin()).post("/api/v1/categories",
                Api.json("name", Unique.name("SAP"), "group", group)).expect(201).id();
        var customer = people.customer();

        JsonNode ticket = api.as(customer).post("/api/v1/tickets",
                Api.json("subject", "Erro no SAP", "body", "Não abre", "category", category)).expect(201).json();
        assertThat(ticket.path("group").path("id").asLong()).isEqualTo(group);

        long other = group(1, Map.of());
        JsonNode named = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Erro", "body", "x",
                "category", category, "group", other)).expect(201).json();
        assertThat(named.path("group").path("id").asLong()).isEqualTo(other);
    }

    @Test
    void skillsAreListedCreatedOnceAndOnlyByAdmins() {
        var admin = api.as(people.admin());
        String name = Unique.name("redes");
        JsonNode created = admin.post("/api/v1/skills", Api.json("name", "  " + name + " ")).expect(201).json();
        assertThat(created.path("name").asString()).isEqualTo(name);
        assertThat(fields(admin.post("/api/v1/skills", Api.json("name", name.toUpperCase())).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/skills", Api.json("name", "")).expectProblem(422))).contains("name");
        assertThat(fields(admin.post("/api/v1/skills", Api.json("name", "<script>")).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/skills", Api.json("name", "s".repeat(65))).expectProblem(422)))
                .contains("name");
        assertThat(fields(admin.post("/api/v1/skills", Api.json("name", 42)).expectProblem(422))).contains("name");

        var agent = people.agent(group(1, Map.of()));
        assertThat(api.as(agent).get("/api/v1/skills").expect(200).json().valueStream()
                .map(s -> s.path("name").asString())).contains(name);
        api.as(agent).post("/api/v1/skills", Api.json("name", Unique.name("x"))).expectProblem(403);
        api.as(people.customer()).get("/api/v1/skills").expectProblem(403);
        api.anonymous().get("/api/v1/skills").expectProblem(401);
    }

    @Test
    void agentSkillsAreReplacedWholeWithLevelsFromOneToFive() {
        long linux = skill("linux");
        long sap = skill("sap");
        var agent = people.agent(group(1, Map.of()));
        String path = "/api/v1/users/" + agent.id() + "/skills";
        var admin = api.as(people.admin());

        JsonNode set = admin.put(path, List.of(Api.json("skill", linux, "level", 4), Api.json("skill", sap, "level", 1)))
                .expect(200).json();
        assertThat(set.size()).isEqualTo(2);
        admin.put(path, List.of(Api.json("skill", sap, "level", 5))).expect(200);
        JsonNode read = api.as(agent).get(path).expect(200).json();
        assertThat(read.size()).isEqualTo(1);
        assertThat(read.get(0).path("skill").asLong()).isEqualTo(sap);
        assertThat(read.get(0).path("level").asInt()).isEqualTo(5);

        assertThat(fields(admin.put(path, List.of(Api.json("skill", sap, "level", 6))).expectProblem(422)))
                .contains("[0].level");
        assertThat(fields(admin.put(path, List.of(Api.json("skill", 999999999, "level", 2))).expectProblem(422)))
                .contains("[0].skill");
        assertThat(fields(admin.put(path, List.of(Api.json("skill", sap, "level", 2), Api.json("skill", sap, "level", 3)))
                .expectProblem(422))).contains("[1].skill");
        assertThat(fields(admin.put(path, List.of(Api.json("skill", sap))).expectProblem(422))).contains("[0].level");
        admin.put(path, Api.json("skill", sap, "level", 2)).expectProblem(422);
        assertThat(fields(admin.put(path, List.of(Api.json("skill", sap, "level", 2, "extra", 1))).expectProblem(422)))
                .contains("[0].extra");
        assertThat(api.as(agent).get(path).expect(200).json().get(0).path("level").asInt()).isEqualTo(5);

        api.as(agent).put(path, List.of()).expectProblem(403);
        admin.put("/api/v1/users/" + people.customer().id() + "/skills", List.of()).expectProblem(404);
        admin.put("/api/v1/users/999999999/skills", List.of()).expectProblem(404);
        api.anonymous().get(path).expectProblem(401);
    }

    @Test
    void agentsSetTheirOwnAvailabilityAndAdminsAnyones() {
        var agent = people.agent(group(1, Map.of()));
        var colleague = people.agent(group(1, Map.of()));
        String path = "/api/v1/users/" + agent.id() + "/availability";

        assertThat(api.as(agent).get(path).expect(200).json().path("status").asString()).isEqualTo("online");
        api.as(agent).put(path, Api.json("status", "away")).expect(200);
        assertThat(api.as(people.admin()).get(path).expect(200).json().path("status").asString()).isEqualTo("away");

        Instant back = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode outOfOffice = api.as(people.admin()).put(path, Api.json("status", "offline", "until", back.toString()))
                .expect(200).json();
        assertThat(outOfOffice.path("until").asString()).isEqualTo(back.toString());

        api.as(colleague).put(path, Api.json("status", "online")).expectProblem(403);
        api.as(people.customer()).put(path, Api.json("status", "online")).expectProblem(403);
        api.anonymous().put(path, Api.json("status", "online")).expectProblem(401);
        assertThat(fields(api.as(agent).put(path, Api.json("status", "busy")).expectProblem(422))).contains("status");
        assertThat(fields(api.as(agent).put(path, Api.json()).expectProblem(422))).contains("status");
        assertThat(fields(api.as(agent).put(path, Api.json("status", "away", "until", "tomorrow")).expectProblem(422)))
                .contains("until");
        assertThat(fields(api.as(agent).put(path, Api.json("status", "away", "until", "2020-01-01T00:00:00Z"))
                .expectProblem(422))).contains("until");
        assertThat(fields(api.as(agent).put(path, Api.json("status", "away", "until", "2999-01-01T00:00:00Z"))
                .expectProblem(422))).contains("until");
        assertThat(fields(api.as(agent).put(path, Api.json("status", "online", "until", back.toString()))
                .expectProblem(422))).contains("until");
        assertThat(api.as(agent).get(path).expect(200).json().path("status").asString()).isEqualTo("offline");
        api.as(people.admin()).put("/api/v1/users/" + people.customer().id() + "/availability",
                Api.json("status", "online")).expectProblem(404);
    }

    @Test
    void groupsShowAndChangeTheirRoutingSettings() {
        long id = group(1, Map.of());
        var admin = api.as(people.admin());
        JsonNode fresh = admin.get("/api/v1/groups/" + id).expect(200).json();
        assertThat(fresh.path("assignment").asString()).isEqualTo("manual");
        assertThat(fresh.path("maxOpenPerAgent").isNull()).isTrue();
        assertThat(fresh.path("seesLowerLevels").asBoolean()).isFalse();

        JsonNode changed = admin.patch("/api/v1/groups/" + id, Api.json("assignment", "skill_based",
                "maxOpenPerAgent", 5, "seesLowerLevels", true)).expect(200).json();
        assertThat(changed.path("assignment").asString()).isEqualTo("skill_based");
        assertThat(changed.path("maxOpenPerAgent").asInt()).isEqualTo(5);
        assertThat(changed.path("seesLowerLevels").asBoolean()).isTrue();
        admin.patch("/api/v1/groups/" + id, Api.json("maxOpenPerAgent", null)).expect(200);
        assertThat(admin.get("/api/v1/groups/" + id).expect(200).json().path("maxOpenPerAgent").isNull()).isTrue();

        assertThat(fields(admin.patch("/api/v1/groups/" + id, Api.json("assignment", "random")).expectProblem(422)))
                .contains("assignment");
        assertThat(fields(admin.patch("/api/v1/groups/" + id, Api.json("maxOpenPerAgent", 0)).expectProblem(422)))
                .contains("maxOpenPerAgent");
        assertThat(fields(admin.patch("/api/v1/groups/" + id, Api.json("maxOpenPerAgent", "ten")).expectProblem(422)))
                .contains("maxOpenPerAgent");
        assertThat(fields(admin.patch("/api/v1/groups/" + id, Api.json("seesLowerLevels", "yes")).expectProblem(422)))
                .contains("seesLowerLevels");
        assertThat(admin.get("/api/v1/groups/" + id).expect(200).json().path("assignment").asString())
                .isEqualTo("skill_based");
        api.as(people.agent(id)).patch("/api/v1/groups/" + id, Api.json("assignment", "manual")).expectProblem(403);
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
