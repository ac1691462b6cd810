package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTests {

    @Test
    void readsIdsWithoutBrackets() {
        assertThat(MessageIds.parse("<a@x> <b@y>\n <c@z>")).containsExactly("a@x", "b@y", "c@z");
    }

    @Test
    void ignoresJunkAroundIds() {
        assertThat(MessageIds.parse("<a@x> (Ana's message of \"Mon, 8 Jan 2024\")")).containsExactly("a@x");
        assertThat(MessageIds.parse("Your message of Mon, 8 Jan 2024 <a@x>")).containsExactly("a@x");
        assertThat(MessageIds.parse("\"a@x\", b@y.")).containsExactly("a@x", "b@y");
    }

    @Test
    void readsIdsWithoutAnyBrackets() {
        assertThat(MessageIds.first("1234@host")).isEqualTo("1234@host");
        assertThat(MessageIds.first(" lonely ")).isEqualTo("lonely");
        assertThat(MessageIds.parse("two words")).isEmpty();
    }

    @Test
    void dropsDuplicatesAndEmptyIds() {
        assertThat(MessageIds.parse("<a@x> <> <a@x>")).containsExactly("a@x");
        assertThat(MessageIds.first(null)).isNull();
    }
}
