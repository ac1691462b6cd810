package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTests {

    @Test
    void fillsKnownPlaceholdersOnceAndLeavesTheRestAsWritten() {
        String text = "Olá {{customer.name}}, chamado #{{ ticket.number }} {{agent.name}} {{unknown.thing}} {{";

        String rendered = Placeholders.render(text, Map.of("customer.name", "{{agent.name}} <b>", "ticket.number", "10042"));

        assertThat(rendered).isEqualTo("Olá {{agent.name}} <b>, chamado #10042  {{unknown.thing}} {{");
    }

    @Test
    void findsUnknownPlaceholders() {
        assertThat(Placeholders.unknownIn("{{customer.name}} {{customer.password}} {{x}} {{ ticket.number }}"))
                .containsExactly("customer.password", "x");
        assertThat(Placeholders.unknownIn("{{ }} {{1}} {customer.name}")).isEmpty();
    }

    @Test
    void aLongHostileTextRendersInLinearTime() {
        String text = "{{".repeat(100_000) + "{{customer.name}}";

        assertThat(Placeholders.render(text, Map.of("customer.name", "Ana"))).endsWith("{{{{Ana");
    }
}
