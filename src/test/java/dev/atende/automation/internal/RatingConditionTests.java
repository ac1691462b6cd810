package dev.atende.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.automation.Condition;
import dev.atende.automation.Conditions;
import dev.atende.automation.RuleEvent;
import dev.atende.shared.InvalidInputException;
import dev.atende.survey.TicketRated;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rating of a ticket.rated event, as trigger conditions test and read it. */
class RatingConditionTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ticket ticket = new Ticket(10042, "Rede", Priority.NORMAL, Channel.EMAIL, 7, null, 1, NOW);

    private boolean holds(TicketRated rating, Condition... all) {
        return ConditionCheck.holds(new Conditions(List.of(all), List.of()),
                new TicketFacts(ticket, null, null, List.of(), NOW, null, rating));
    }

    private static TicketRated rated(int score, boolean good, String comment) {
        return new TicketRated(1, 7, null, score, good, comment, NOW, false);
    }

    @Test
    void testsTheScoreWhetherItIsGoodAndTheComment() {
        var bad = rated(2, false, "Demorou demais");
        assertThat(holds(bad, new Condition("rating.good", "is", false))).isTrue();
        assertThat(holds(bad, new Condition("rating.good", "is", true))).isFalse();
        assertThat(holds(bad, new Condition("rating.score", "lt", 3))).isTrue();
        assertThat(holds(bad, new Condition("rating.score", "gt", 2))).isFalse();
        assertThat(holds(bad, new Condition("rating.score", "is", 2))).isTrue();
        assertThat(holds(bad, new Condition("rating.score", "is_not", 2))).isFalse();
        assertThat(holds(bad, new Condition("rating.comment", "contains", "demorou"))).isTrue();
        assertThat(holds(rated(5, true, null), new Condition("rating.comment", "contains", "x"))).isFalse();
    }

    @Test
    void withoutARatingNoRatingConditionHolds() {
        assertThat(holds(null, new Condition("rating.good", "is", false))).isFalse();
        assertThat(holds(null, new Condition("rating.score", "lt", 6))).isFalse();
        assertThat(holds(null, new Condition("article.internal", "is", false))).as("no article either").isFalse();
    }

    @Test
    void ratingFieldsAreReadOnTicketRatedTriggersOnlyWithScoresFromOneToFive() {
        var problems = new InvalidInputException.Collector();
        var rated = new RuleReader(RuleReader.Scope.trigger(RuleEvent.TICKET_RATED), null, problems);
        Conditions read = rated.conditions(JSON.readTree("""
                {"all": [{"field": "rating.score", "op": "lt", "value": 3},
                         {"field": "rating.good", "op": "is", "value": false},
                         {"field": "rating.comment", "op": "contains", "value": "lento"}]}"""), "conditions");
        assertThat(problems.isEmpty()).isTrue();
        assertThat(read.all()).hasSize(3);

        var refused = new InvalidInputException.Collector();
        new RuleReader(RuleReader.Scope.trigger(RuleEvent.TICKET_RATED), null, refused).conditions(JSON.readTree("""
                {"all": [{"field": "rating.score", "op": "lt", "value": 0},
                         {"field": "rating.score", "op": "is", "value": "5"},
                         {"field": "rating.good", "op": "contains", "value": true}]}"""), "conditions");
        var elsewhere = new InvalidInputException.Collector();
        new RuleReader(RuleReader.Scope.trigger(RuleEvent.TICKET_UPDATED), null, elsewhere).conditions(JSON.readTree("""
                {"all": [{"field": "rating.good", "op": "is", "value": false}]}"""), "conditions");

        assertThat(fields(refused)).containsExactly("conditions.all[0].value", "conditions.all[1].value",
                "conditions.all[2].op");
        assertThat(fields(elsewhere)).containsExactly("conditions.all[0].field");
    }

    private static List<String> fields(InvalidInputException.Collector problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.fieldProblems().stream().map(p -> p.field()).toList();
        }
    }
}
