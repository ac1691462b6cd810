package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents of a group that sees lower levels see and work those levels' tickets; nobody else does. */
abstract class VisibilitySpec extends RoutingSpecBase {

    @Test
    void agentsOfAGroupThatSeesLowerLevelsSeeAndWorkTheirTickets() {
        long low = group(1, Map.of());
        long high = group(2, Map.of("seesLowerLevels", true));
        long blind = group(2, Map.of());
        TestUser senior = people.agent(high);
        TestUser other = people.agent(blind);
        TestUser junior = people.agent(low);
        long lowTicket = ticket(low, null);
        long highTicket = ticket(high, null);

        api.as(senior).get("/api/v1/tickets/" + lowTicket).expect(200);
        assertThat(listed(senior, low)).contains(lowTicket);
        assertThat(listed(senior, null)).contains(lowTicket, highTicket);
        api.as(senior).post("/api/v1/tickets/" + lowTicket + "/articles",
                Api.json("body", "L2 here, looking", "visibility", "internal")).expect(201);
        api.as(senior).patch("/api/v1/tickets/" + lowTicket, Api.json("priority", "high")).expect(200);

        api.as(other).get("/api/v1/tickets/" + lowTicket).expectProblem(404);
        assertThat(listed(other, null)).doesNotContain(lowTicket);
        api.as(junior).get("/api/v1/tickets/" + highTicket).expectProblem(404);
        assertThat(listed(junior, null)).contains(lowTicket).doesNotContain(highTicket);
    }

    @Test
    void turningTheSettingOffHidesTheLowerLevelsAgain() {
        long low = group(1, Map.of());
        long high = group(3, Map.of("seesLowerLevels", true));
        TestUser senior = people.agent(high);
        long lowTicket = ticket(low, null);
        api.as(senior).get("/api/v1/tickets/" + lowTicket).expect(200);

        api.as(people.admin()).patch("/api/v1/groups/" + high, Api.json("seesLowerLevels", false)).expect(200);
        api.as(senior).get("/api/v1/tickets/" + lowTicket).expectProblem(404);
        assertThat(listed(senior, null)).doesNotContain(lowTicket);
    }

    @Test
    void seeingLowerLevelsIsNotSeeingHigherOrEqualOnes() {
        long peer = group(2, Map.of());
        long above = group(3, Map.of());
        long mid = group(2, Map.of("seesLowerLevels", true));
        TestUser agent = people.agent(mid);
        api.as(agent).get("/api/v1/tickets/" + ticket(peer, null)).expectProblem(404);
        api.as(agent).get("/api/v1/tickets/" + ticket(above, null)).expectProblem(404);
    }

    java.util.List<Long> listed(TestUser agent, Long group) {
        String query = "/api/v1/tickets?size=200&sort=-createdAt" + (group == null ? "" : "&group=" + group);
        return api.as(agent).get(query).expect(200).json().path("items").valueStream()
                .map(t -> t.path("id").asLong()).toList();
    }
}
