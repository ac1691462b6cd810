package dev.atende.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.AssignmentMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategiesTests {

    private static Candidate agent(long id, long load) {
        return new Candidate(id, load, 0, 0);
    }

    private static Candidate skilled(long id, long load, int matched, int levels) {
        return new Candidate(id, load, matched, levels);
    }

    private static Long chosen(AssignmentMode mode, List<Candidate> candidates, Long last) {
        return Strategies.choose(mode, candidates, last).map(Candidate::agentId).orElse(null);
    }

    @Test
    void roundRobinGoesOnAfterTheLastAgentAndWrapsAround() {
        var team = List.of(agent(30, 0), agent(10, 5), agent(20, 1));
        assertThat(chosen(AssignmentMode.ROUND_ROBIN, team, null)).isEqualTo(10);
        assertThat(chosen(AssignmentMode.ROUND_ROBIN, team, 10L)).isEqualTo(20);
        assertThat(chosen(AssignmentMode.ROUND_ROBIN, team, 20L)).isEqualTo(30);
        assertThat(chosen(AssignmentMode.ROUND_ROBIN, team, 30L)).isEqualTo(10);
        assertThat(chosen(AssignmentMode.ROUND_ROBIN, team, 15L)).isEqualTo(20); // the last one left the team
    }

    @Test
    void leastLoadedTakesTheFewestOpenTicketsThenTheLowestId() {
        assertThat(chosen(AssignmentMode.LEAST_LOADED, List.of(agent(1, 3), agent(2, 1), agent(3, 2)), null))
                .isEqualTo(2);
        assertThat(chosen(AssignmentMode.LEAST_LOADED, List.of(agent(9, 1), agent(4, 1)), null)).isEqualTo(4);
    }

    @Test
    void skillBasedRanksMatchedSkillsThenLevelsThenLoad() {
        assertThat(chosen(AssignmentMode.SKILL_BASED,
                List.of(skilled(1, 0, 1, 5), skilled(2, 9, 2, 2), skilled(3, 0, 0, 0)), null)).isEqualTo(2);
        assertThat(chosen(AssignmentMode.SKILL_BASED,
                List.of(skilled(1, 0, 2, 4), skilled(2, 3, 2, 9)), null)).isEqualTo(2);
        assertThat(chosen(AssignmentMode.SKILL_BASED,
                List.of(skilled(1, 2, 2, 9), skilled(2, 1, 2, 9)), null)).isEqualTo(2);
    }

    @Test
    void nobodyIsChosenManuallyOrFromAnEmptyTeam() {
        assertThat(chosen(AssignmentMode.MANUAL, List.of(agent(1, 0)), null)).isNull();
        assertThat(chosen(AssignmentMode.LEAST_LOADED, List.of(), null)).isNull();
    }
}
