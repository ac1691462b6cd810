package dev.atende.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.automation.Condition;
import dev.atende.automation.Conditions;
import dev.atende.ticket.Channel;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionCheckTests {

    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    private final Ticket ticket = ticket();

    private static Ticket ticket() {
        var ticket = new Ticket(10042, "Impressora URGENTE", Priority.HIGH, Channel.EMAIL, 7, null, 1, CREATED);
        ticket.retag(Set.of("vip", "printer"), CREATED);
        return ticket;
    }

    private boolean holds(List<FieldChange> changes, Duration later, Condition... all) {
        return ConditionCheck.holds(new Conditions(List.of(all), List.of()),
                new TicketFacts(ticket, null, null, changes, CREATED.plus(later), CREATED.plus(Duration.ofMinutes(5))));
    }

    private boolean holds(Condition... all) {
        return holds(List.of(), Duration.ZERO, all);
    }

    @Test
    void testsTextCodesIdsAndTags() {
        assertThat(holds(new Condition("subject", "contains", "urgente"))).isTrue();
        assertThat(holds(new Condition("subject", "starts_with", "impressora"))).isTrue();
        assertThat(holds(new Condition("subject", "not_contains", "urgente"))).isFalse();
        assertThat(holds(new Condition("priority", "is", "high"), new Condition("channel", "is_not", "web"))).isTrue();
        assertThat(holds(new Condition("group", "is", 1L))).isTrue();
        assertThat(holds(new Condition("assignee", "is", null))).isTrue();
        assertThat(holds(new Condition("organization", "is_not", null))).isFalse();
        assertThat(holds(new Condition("tags", "contains", "VIP"))).isTrue();
        assertThat(holds(new Condition("tags", "not_contains", "printer"))).isFalse();
        assertThat(holds(new Condition("customer.email", "contains", "x"))).as("no customer known").isFalse();
        assertThat(holds(new Condition("article.body", "not_contains", "x"))).as("no article").isTrue();
    }

    @Test
    void testsTimeSinceCreatedAndSinceTheCustomerWrote() {
        assertThat(holds(List.of(), Duration.ofMinutes(31), new Condition("minutes_since_created", "gt", 30L))).isTrue();
        assertThat(holds(List.of(), Duration.ofMinutes(30), new Condition("minutes_since_created", "gt", 30L))).isFalse();
        assertThat(holds(List.of(), Duration.ofMinutes(30),
                new Condition("minutes_since_customer_reply", "lt", 30L))).isTrue();
    }

    @Test
    void testsWhatAnUpdateChanged() {
        var changes = List.of(new FieldChange("status", "new", "pending"), new FieldChange("tags", "printer", "printer, vip"));

        assertThat(holds(changes, Duration.ZERO, new Condition("status", "changed", null))).isTrue();
        assertThat(holds(changes, Duration.ZERO, new Condition("status", "changed_to", "pending"))).isTrue();
        assertThat(holds(changes, Duration.ZERO, new Condition("status", "changed_to", "solved"))).isFalse();
        assertThat(holds(changes, Duration.ZERO, new Condition("priority", "changed", null))).isFalse();
        assertThat(holds(changes, Duration.ZERO, new Condition("tags", "changed_to", "vip"))).isTrue();
        assertThat(holds(changes, Duration.ZERO, new Condition("tags", "changed_to", "printer"))).isFalse();
    }

    @Test
    void anyNeedsOneOfItsConditions() {
        var facts = new TicketFacts(ticket, null, null, List.of(), CREATED, null);
        var none = new Conditions(List.of(), List.of(new Condition("priority", "is", "low"),
                new Condition("priority", "is", "normal")));
        var one = new Conditions(List.of(), List.of(new Condition("priority", "is", "low"),
                new Condition("subject", "matches", "*urgente")));

        assertThat(ConditionCheck.holds(none, facts)).isFalse();
        assertThat(ConditionCheck.holds(one, facts)).isTrue();
        assertThat(ConditionCheck.holds(Conditions.ALWAYS, facts)).isTrue();
    }
}
