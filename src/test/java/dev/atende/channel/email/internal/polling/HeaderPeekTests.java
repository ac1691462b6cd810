package dev.atende.channel.email.internal.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderPeekTests {

    @Test
    void readsTheSenderTheIdAndWhatItAnswers() {
        var peek = HeaderPeek.of(("Message-ID: <b@c.test>\r\nFrom: \"Souza, Ana\" <Ana@Client.Test>\r\n"
                + "In-Reply-To: <a@c.test>\r\nReferences: <z@c.test>\r\n <a@c.test>\r\nSubject: x\r\n\r\n"
                + "From: not@this.test\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(peek.sender()).isEqualTo("ana@client.test");
        assertThat(peek.messageId()).isEqualTo("b@c.test");
        assertThat(peek.references()).containsExactly("a@c.test", "z@c.test", "a@c.test");
    }

    @Test
    void aBareAddressOrNoneAtAll() {
        assertThat(HeaderPeek.of("From: rui@c.test (Rui)\n\nbody".getBytes(StandardCharsets.UTF_8)).sender())
                .isEqualTo("rui@c.test");
        var nothing = HeaderPeek.of("Subject: no sender\r\n\r\nFrom: x@y.test".getBytes(StandardCharsets.UTF_8));
        assertThat(nothing.sender()).isNull();
        assertThat(nothing.references()).isEmpty();
        assertThat(HeaderPeek.of(new byte[0]).sender()).isNull();
    }
}
