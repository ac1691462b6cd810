package dev.atende.identity;

import static dev.atende.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Customer companies: their domains place new customers; admins manage them. */
abstract class OrganizationApiSpec extends ApiSpec {

    @Test
    void adminCreatesAnOrganizationWithCleanDomains() {
        String domain = Unique.domain("acme");
        String name = Unique.name("ACME Ltda");

        var response = api.as(people.admin()).post("/api/v1/organizations",
                json("name", "  " + name + " ", "domains", List.of(" " + domain.toUpperCase(), "mail." + domain)))
                .expect(201);

        JsonNode organization = response.json();
        assertThat(response.header("Location")).endsWith("/api/v1/organizations/" + response.id());
        assertThat(organization.path("name").asString()).isEqualTo(name);
        assertThat(organization.path("domains").valueStream().map(JsonNode::asString))
                .containsExactly(domain, "mail." + domain);
        assertThat(organization.path("shared").asBoolean()).isFalse();
    }

    @Test
    void newCustomerOfADomainJoinsItsOrganization() {
        String domain = Unique.domain("globex");
        long organization = organization(domain);

        var customer = api.as(people.admin()).post("/api/v1/users", json("email", "maria@" + domain)).expect(201);

        assertThat(customer.json().path("organization").path("id").asLong()).isEqualTo(organization);
    }

    @Test
    void aDomainBelongsToOneOrganization() {
        String domain = Unique.domain("taken");
        organization(domain);

        var problem = api.as(people.admin()).post("/api/v1/organizations",
                json("name", Unique.name("Other"), "domains", List.of(domain))).expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("domains");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains(domain);
    }

    @Test
    void invalidDomainsAreRefused() {
        var problem = api.as(people.admin()).post("/api/v1/organizations", json("name", Unique.name("Bad"),
                "domains", Arrays.asList("not a domain", "http://x.test", "", null))).expectProblem(422);

        assertThat(problem.path("errors").findValuesAsString("field")).containsOnly("domains").hasSize(4);
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        String name = Unique.name("Initech");
        api.as(people.admin()).post("/api/v1/organizations", json("name", name)).expect(201);

        var problem = api.as(people.admin()).post("/api/v1/organizations", json("name", name.toUpperCase()))
                .expectProblem(422);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void agentsReadOrganizationsButOnlyAdminsChangeThem() {
        var agent = people.agent();
        long id = organization(Unique.domain("read"));

        assertThat(api.as(agent).get("/api/v1/organizations").expect(200).json().findValuesAsString("id"))
                .isNotEmpty();
        api.as(agent).get("/api/v1/organizations/" + id).expect(200);
        api.as(agent).post("/api/v1/organizations", json("name", Unique.name("Nope"))).expectProblem(403);
        api.as(agent).patch("/api/v1/organizations/" + id, json("shared", true)).expectProblem(403);
    }

    @Test
    void customerSeesOnlyTheirOwnOrganization() {
        String domain = Unique.domain("own");
        long own = organization(domain);
        long other = organization(Unique.domain("other"));
        var customer = people.create(Role.CUSTOMER, Map.of("email", Unique.email("c").replace("people.atende.test",
                domain)));

        api.as(customer).get("/api/v1/organizations/" + own).expect(200);
        api.as(customer).get("/api/v1/organizations/" + other).expectProblem(404);
        api.as(customer).get("/api/v1/organizations").expectProblem(403);
    }

    @Test
    void adminSharesAnOrganizationAndChangesItsDomains() {
        long id = organization(Unique.domain("change"));
        String newDomain = Unique.domain("changed");

        var changed = api.as(people.admin()).patch("/api/v1/organizations/" + id,
                json("shared", true, "domains", List.of(newDomain))).expect(200).json();

        assertThat(changed.path("shared").asBoolean()).isTrue();
        assertThat(changed.path("domains").valueStream().map(JsonNode::asString)).containsExactly(newDomain);
    }

    @Test
    void patchWithWrongTypesListsEveryField() {
        long id = organization(Unique.domain("types"));

        var problem = api.as(people.admin()).patch("/api/v1/organizations/" + id,
                json("shared", "yes", "domains", "x.test", "name", null)).expectProblem(422);

        assertThat(problem.path("errors").findValuesAsString("field")).contains("shared", "domains", "name");
    }

    @Test
    void unknownOrganizationIsNotFound() {
        api.as(people.admin()).get("/api/v1/organizations/999999999").expectProblem(404);
        api.as(people.admin()).patch("/api/v1/organizations/999999999", json("shared", true)).expectProblem(404);
    }

    private long organization(String domain) {
        return api.as(people.admin()).post("/api/v1/organizations",
                json("name", Unique.name("Org"), "domains", List.of(domain))).expect(201).id();
    }
}
