package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartTextTests {

    @Test
    void rejoinsFlowedLines() {
        assertThat(PartText.unflow("This is \nflowed.\nNew line.\n", false)).isEqualTo("This is flowed.\nNew line.\n");
        assertThat(PartText.unflow("Del \nspace", true)).isEqualTo("Delspace");
    }

    @Test
    void keepsQuoteDepthsAndTheSignatureDelimiterApart() {
        assertThat(PartText.unflow("> quoted \n> more\nmine\n-- \nsig", false)).isEqualTo("> quoted more\nmine\n-- \nsig");
    }

    @Test
    void normalizesNewlinesAndDropsNul() {
        assertThat(PartText.clean("a\r\nb\rc\u0000d")).isEqualTo("a\nb\ncd");
    }
}
