package dev.atende.identity;

import static dev.atende.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.People;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** People: who may create, read and change whom. */
abstract class UserApiSpec extends ApiSpec {

    @Test
    void adminCreatesAgentsWithGroups() {
        long l1 = groupId("L1");
        String email = Unique.email("agent");

        var response = api.as(people.admin()).post("/api/v1/users",
                json("email", email, "name", "Ana Agente", "role", "agent", "groups", List.of(l1),
                        "locale", "pt-BR", "password", People.PASSWORD)).expect(201);

        JsonNode agent = response.json();
        assertThat(response.header("Location")).endsWith("/api/v1/users/" + agent.path("id").asLong());
        assertThat(agent.path("email").asString()).isEqualTo(email);
        assertThat(agent.path("role").asString()).isEqualTo("agent");
        assertThat(agent.path("locale").asString()).isEqualTo("pt-BR");
        assertThat(agent.path("active").asBoolean()).isTrue();
        assertThat(agent.path("groups").findValuesAsString("name")).containsExactly("L1");
        assertThat(agent.has("password")).isFalse();
        assertThat(agent.toString()).doesNotContain(People.PASSWORD);
    }

    @Test
    void newUsersAreCustomersByDefaultWithANameFromTheirAddress() {
        String email = Unique.email("maria");

        var customer = api.as(people.admin()).post("/api/v1/users", json("email", email)).expect(201).json();

        assertThat(customer.path("role").asString()).isEqualTo("customer");
        assertThat(customer.path("name").asString()).isEqualTo(email.substring(0, email.indexOf('@')));
    }

    @Test
    void emailIsStoredTrimmedAndLowerCaseAndUsedOnlyOnce() {
        String email = Unique.email("case");

        var created = api.as(people.admin())
                .post("/api/v1/users", json("email", "  " + email.toUpperCase() + " ")).expect(201).json();
        var again = api.as(people.admin()).post("/api/v1/users", json("email", email)).expectProblem(422);

        assertThat(created.path("email").asString()).isEqualTo(email);
        assertThat(again.path("errors").get(0).path("field").asString()).isEqualTo("email");
        assertThat(again.path("errors").get(0).path("message").asString())
                .isEqualTo("This e-mail address is already in use.");
    }

    @Test
    void agentCreatesCustomersButNotAgentsOrAdmins() {
        var agent = people.agent();

        api.as(agent).post("/api/v1/users", json("email", Unique.email("c"))).expect(201);
        api.as(agent).post("/api/v1/users", json("email", Unique.email("a"), "role", "agent")).expectProblem(403);
        api.as(agent).post("/api/v1/users", json("email", Unique.email("a"), "role", "admin")).expectProblem(403);
    }

    @Test
    void customerCannotCreateUsers() {
        api.as(people.customer()).post("/api/v1/users", json("email", Unique.email("c"))).expectProblem(403);
    }

    @Test
    void customerCannotListUsers() {
        api.as(people.customer()).get("/api/v1/users").expectProblem(403);
    }

    @Test
    void agentListsAndSearchesUsersPageByPage() {
        var wanted = people.create(Role.CUSTOMER, Map.of("name", Unique.name("Findable")));

        var page = api.as(people.agent()).get("/api/v1/users?q=" + wanted.name().toUpperCase() + "&size=5")
                .expect(200).json();

        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(wanted.id());
    }

    @Test
    void pageSizeIsLimited() {
        var problem = api.as(people.agent()).get("/api/v1/users?size=201").expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("size");
    }

    @Test
    void meIsTheCaller() {
        var customer = people.customer();

        var me = api.as(customer).get("/api/v1/users/me").expect(200).json();

        assertThat(me.path("id").asLong()).isEqualTo(customer.id());
        assertThat(me.path("email").asString()).isEqualTo(customer.email());
        assertThat(me.path("role").asString()).isEqualTo("customer");
    }

    @Test
    void customerSeesOnlyThemselves() {
        var customer = people.customer();
        var other = people.customer();

        api.as(customer).get("/api/v1/users/" + customer.id()).expect(200);
        api.as(customer).get("/api/v1/users/" + other.id()).expectProblem(404);
    }

    @Test
    void unknownUserIsNotFound() {
        api.as(people.admin()).get("/api/v1/users/999999999").expectProblem(404);
    }

    @Test
    void everyoneChangesTheirOwnNameAndLanguage() {
        var customer = people.customer();

        var changed = api.as(customer).patch("/api/v1/users/" + customer.id(),
                json("name", "Joana Renomeada", "locale", "pt-BR")).expect(200).json();

        assertThat(changed.path("name").asString()).isEqualTo("Joana Renomeada");
        assertThat(changed.path("locale").asString()).isEqualTo("pt-BR");
    }

    @Test
    void chosenLanguageIsUsedWithoutAcceptLanguage() {
        var customer = people.customer();
        api.as(customer).patch("/api/v1/users/" + customer.id(), json("locale", "pt-BR")).expect(200);

        var problem = api.as(customer).get("/api/v1/users").expectProblem(403);

        assertThat(problem.path("detail").asString()).isEqualTo("Você não tem permissão para fazer isso.");
    }

    @Test
    void clearingTheLanguageFallsBackToTheBrowser() {
        var customer = people.create(Role.CUSTOMER, Map.of("locale", "pt-BR"));

        var changed = api.as(customer).patch("/api/v1/users/" + customer.id(), json("locale", null)).expect(200);

        assertThat(changed.json().path("locale").isNull()).isTrue();
        assertThat(api.as(customer).get("/api/v1/users").expectProblem(403).path("detail").asString())
                .isEqualTo("You are not allowed to do this.");
    }

    @Test
    void unsupportedLanguageIsRefused() {
        var customer = people.customer();

        var problem = api.as(customer).patch("/api/v1/users/" + customer.id(), json("locale", "fr"))
                .expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("locale");
    }

    @Test
    void ownPasswordChangesOnlyWithTheCurrentPassword() {
        var customer = people.customer();
        String path = "/api/v1/users/" + customer.id();

        var withoutCurrent = api.as(customer).patch(path, json("password", "a-new-password")).expectProblem(422);
        var withWrongCurrent = api.as(customer)
                .patch(path, json("password", "a-new-password", "currentPassword", "guess-guess")).expectProblem(422);
        api.as(customer).patch(path, json("password", "a-new-password", "currentPassword", customer.password()))
                .expect(200);

        assertThat(withoutCurrent.path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
        assertThat(withWrongCurrent.path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
        api.basic(customer.email(), "a-new-password").get("/api/v1/users/me").expect(200);
        api.as(customer).get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void passwordMustBeLongEnoughAndFitBcrypt() {
        var customer = people.customer();
        String path = "/api/v1/users/" + customer.id();

        var tooShort = api.as(people.admin()).patch(path, json("password", "short")).expectProblem(422);
        var tooLong = api.as(people.admin()).patch(path, json("password", "ção".repeat(30))).expectProblem(422);

        assertThat(tooShort.path("errors").get(0).path("message").asString())
                .isEqualTo("The password must have at least 8 characters.");
        assertThat(tooLong.path("errors").get(0).path("message").asString()).contains("72 bytes");
    }

    @Test
    void passwordsKeepTheirSpaces() {
        var customer = people.create(Role.CUSTOMER, Map.of("password", "  spaced out  "));

        api.as(customer).patch("/api/v1/users/" + customer.id(),
                json("password", " still spaced ", "currentPassword", "  spaced out  ")).expect(200);

        api.basic(customer.email(), " still spaced ").get("/api/v1/users/me").expect(200);
    }

    @Test
    void passwordIsStoredHashed() {
        var customer = people.customer();

        String hash = jdbc.queryForObject("select password_hash from users where id = ?", String.class,
                customer.id());

        assertThat(hash).doesNotContain(customer.password()).startsWith("{bcrypt}");
    }

    @Test
    void customerCannotChangeTheirOwnRoleOrOrganization() {
        var customer = people.customer();
        String path = "/api/v1/users/" + customer.id();

        api.as(customer).patch(path, json("role", "admin")).expectProblem(403);
        api.as(customer).patch(path, json("active", false)).expectProblem(403);
        api.as(customer).patch(path, json("email", Unique.email("moved"))).expectProblem(403);
    }

    @Test
    void agentEditsCustomersButNotOtherAgentsNorRoles() {
        var agent = people.agent();
        var customer = people.customer();
        var otherAgent = people.agent();

        api.as(agent).patch("/api/v1/users/" + customer.id(), json("name", "Cliente Editado")).expect(200);
        api.as(agent).patch("/api/v1/users/" + customer.id(), json("role", "agent")).expectProblem(403);
        api.as(agent).patch("/api/v1/users/" + otherAgent.id(), json("name", "Nope")).expectProblem(403);
        api.as(agent).patch("/api/v1/users/" + customer.id(), json("password", "set-by-agent")).expectProblem(403);
    }

    @Test
    void adminPromotesACustomerAndPutsThemInGroups() {
        var customer = people.customer();
        long l2 = groupId("L2");

        var agent = api.as(people.admin()).patch("/api/v1/users/" + customer.id(),
                json("role", "agent", "groups", List.of(l2))).expect(200).json();

        assertThat(agent.path("role").asString()).isEqualTo("agent");
        assertThat(agent.path("groups").findValuesAsString("name")).containsExactly("L2");
    }

    @Test
    void customersBelongToNoGroup() {
        var customer = people.customer();

        var problem = api.as(people.admin()).patch("/api/v1/users/" + customer.id(),
                json("groups", List.of(groupId("L1")))).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("groups");
        var demoted = api.as(people.admin()).patch("/api/v1/users/" + people.agent(groupId("L1")).id(),
                json("role", "customer")).expect(200).json();
        assertThat(demoted.path("groups").size()).isZero();
    }

    @Test
    void unknownGroupOrOrganizationIsAFieldError() {
        var problem = api.as(people.admin()).post("/api/v1/users", json("email", Unique.email("x"),
                "role", "agent", "groups", List.of(999999999L), "organization", 999999999L)).expectProblem(422);

        assertThat(problem.path("errors").findValuesAsString("field")).contains("groups", "organization");
    }

    @Test
    void agentCannotDeactivateThemselves() {
        var agent = people.agent();

        api.as(agent).patch("/api/v1/users/" + agent.id(), json("active", false)).expectProblem(403);
    }

    /**
     * Makes the bootstrapped admin the only active one (admins of other tests are deactivated:
     * each test creates its own), then checks it cannot be demoted or deactivated.
     */
    @Test
    void lastActiveAdminCannotBeDemotedOrDeactivated() {
        TestUser admin = people.admin();
        var spare = people.newAdmin();
        api.as(spare).patch("/api/v1/users/" + spare.id(), json("role", "agent")).expect(200);
        for (long id : otherActiveAdmins(admin.id())) {
            api.as(admin).patch("/api/v1/users/" + id, json("active", false)).expect(200);
        }

        var demote = api.as(admin).patch("/api/v1/users/" + admin.id(), json("role", "agent")).expectProblem(422);
        var deactivate = api.as(admin).patch("/api/v1/users/" + admin.id(), json("active", false))
                .expectProblem(422);

        assertThat(demote.path("errors").get(0).path("field").asString()).isEqualTo("role");
        assertThat(deactivate.path("errors").get(0).path("message").asString())
                .isEqualTo("This is the last active admin; make someone else an admin first.");
        assertThat(api.as(admin).get("/api/v1/users/me").expect(200).json().path("role").asString())
                .isEqualTo("admin");
    }

    private List<Long> otherActiveAdmins(long except) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = api.as(people.admin()).get("/api/v1/users?role=admin&size=200&page=" + page).expect(200)
                    .json();
            for (JsonNode user : result.path("items")) {
                if (user.path("active").asBoolean() && user.path("id").asLong() != except) {
                    ids.add(user.path("id").asLong());
                }
            }
            if ((long) (page + 1) * 200 >= result.path("total").asLong()) {
                return ids;
            }
        }
    }

    private long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    @Test
    void theSameAddressCreatedManyTimesAtOnceMakesOneUserAndClearRefusals() throws Exception {
        String email = Unique.email("race");
        var admin = api.as(people.admin());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            var answers = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> admin.post("/api/v1/users", json("email", email, "name", "Race")).status()));
            }
            for (var answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409 || s == 422);
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, email)).isEqualTo(1);
    }
}
