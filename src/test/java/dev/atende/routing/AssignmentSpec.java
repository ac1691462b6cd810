package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic assignment by each group's strategy, within agents' capacity and availability. */
abstract class AssignmentSpec extends RoutingSpecBase {

    @org.springframework.beans.factory.annotation.Autowired
    dev.atende.routing.internal.RoutingSweep sweep;

    @Test
    void roundRobinTakesAgentsInTurn() {
        long group = group(1, Map.of("assignment", "round_robin"));
        TestUser a = people.agent(group);
        TestUser b = people.agent(group);
        TestUser c = people.agent(group);

        List<TestUser> order = List.of(a, b, c, a, b);
        for (TestUser expected : order) {
            long ticket = ticket(group, null);
            awaitAssignee(ticket, expected);
        }
    }

    @Test
    void leastLoadedPicksTheAgentWithFewestOpenTickets() {
        long group = group(1, Map.of());
        TestUser busy = people.agent(group);
        TestUser idle = people.agent(group);
        for (int i = 0; i < 2; i++) {
            long t = ticket(group, null);
            api.as(people.admin()).patch("/api/v1/tickets/" + t, Api.json("assignee", busy.id())).expect(200);
        }
        long solved = ticket(group, null);
        api.as(people.admin()).patch("/api/v1/tickets/" + solved, Api.json("assignee", idle.id(), "status", "solved"))
                .expect(200);
        api.as(people.admin()).patch("/api/v1/groups/" + group, Api.json("assignment", "least_loaded")).expect(200);

        long first = ticket(group, null);
        awaitAssignee(first, idle); // a solved ticket is no load
        long second = ticket(group, null);
        awaitAssignee(second, idle);
        long third = ticket(group, null);
        awaitAssignee(third, busy); // 2 and 2: the tie goes to the first agent
    }

    @Test
    void skillBasedPicksTheBestMatchAndBreaksTiesByLoad() {
        long group = group(2, Map.of("assignment", "skill_based"));
        long linux = skill("linux");
        long redes = skill("redes");
        long category = api.as(people.admin()).post("/api/v1/categories", Api.json("name", Unique.name("Servidor"),
                "requiredSkills", List.of(linux, redes))).expect(201).id();
        TestUser novice = people.agent(group);
        TestUser expert = people.agent(group);
        TestUser twin = people.agent(group);
        TestUser none = people.agent(group);
        skills(novice, linux, 2);
        skills(expert, linux, 5, redes, 4);
        skills(twin, linux, 5, redes, 4);

        long first = ticket(group, category);
        awaitAssignee(first, expert); // expert and twin tie on skills and load: lower id
        long second = ticket(group, category);
        awaitAssignee(second, twin); // same skills, less load
        long third = ticket(group, category);
        awaitAssignee(third, expert);
        long withoutCategory = ticket(group, null);
        awaitAssignee(withoutCategory, novice); // no skills asked: least loaded, lower id
        assertThat(none.id()).isGreaterThan(novice.id());
    }

    @Test
    void whenEveryoneIsFullTheTicketWaitsUntilATicketIsSolved() {
        long group = group(1, Map.of("assignment", "least_loaded", "maxOpenPerAgent", 1));
        TestUser agent = people.agent(group);
        long first = ticket(group, null);
        awaitAssignee(first, agent);

        long waiting = ticket(group, null);
        awaitRoutingIdle();
        assertThat(assignee(waiting)).isNull();

        api.as(agent).patch("/api/v1/tickets/" + first, Api.json("status", "solved")).expect(200);
        awaitAssignee(waiting, agent);
    }

    @Test
    void aWaitingTicketGoesToAnAgentWhoComesOnline() {
        long group = group(1, Map.of("assignment", "round_robin"));
        TestUser agent = people.agent(group);
        setAvailability(agent, agent.id(), "offline");

        long waiting = ticket(group, null);
        awaitRoutingIdle();
        assertThat(assignee(waiting)).isNull();

        setAvailability(agent, agent.id(), "online");
        awaitAssignee(waiting, agent);
    }

    @Test
    void anAgentWhoseTimeOutOfOfficeEndsGetsTheWaitingTicket() {
        long group = group(1, Map.of("assignment", "least_loaded"));
        TestUser agent = people.agent(group);
        api.as(agent).put("/api/v1/users/" + agent.id() + "/availability", Api.json("status", "offline",
                "until", java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString())).expect(200);
        long waiting = ticket(group, null);
        awaitRoutingIdle();
        assertThat(assignee(waiting)).isNull();

        // two days later: the stored end is now in the past
        jdbc.update("update agent_availability set until = ? where user_id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), agent.id());
        sweep.run();

        assertThat(assignee(waiting)).isEqualTo(agent.id());
        assertThat(api.as(agent).get("/api/v1/users/" + agent.id() + "/availability").expect(200).json()
                .path("status").asString()).isEqualTo("online");
    }

    @Test
    void awayAgentsAndAgentsOfOtherGroupsAreNotChosen() {
        long group = group(1, Map.of("assignment", "least_loaded"));
        TestUser away = people.agent(group);
        TestUser present = people.agent(group);
        people.agent(group(1, Map.of()));
        setAvailability(people.admin(), away.id(), "away");

        for (int i = 0; i < 3; i++) {
            awaitAssignee(ticket(group, null), present);
        }
    }

    @Test
    void manualGroupsLeaveTicketsUnassigned() {
        long group = group(1, Map.of());
        people.agent(group);
        long ticket = ticket(group, null);
        awaitRoutingIdle();
        assertThat(assignee(ticket)).isNull();
    }

    @Test
    void aGroupSwitchedToAutomaticHandsOutWhatWaits() {
        long group = group(1, Map.of());
        TestUser agent = people.agent(group);
        long waiting = ticket(group, null);
        awaitRoutingIdle();
        assertThat(assignee(waiting)).isNull();

        api.as(people.admin()).patch("/api/v1/groups/" + group, Api.json("assignment", "round_robin")).expect(200);
        awaitAssignee(waiting, agent);
    }

    @Test
    void aTicketMovedToAnotherGroupIsAssignedThere() {
        long from = group(1, Map.of());
        long to = group(1, Map.of("assignment", "round_robin"));
        TestUser there = people.agent(to);
        long ticket = ticket(from, null);

        api.as(people.admin()).patch("/api/v1/tickets/" + ticket, Api.json("group", to)).expect(200);
        awaitAssignee(ticket, there);
    }
}
