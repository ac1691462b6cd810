package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.channel.email.internal.ParsedMail;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AutomationMarkersTests {

    @Test
    void readsTheMarkersOfMachineMail() {
        ParsedMail.Automation automation = read("Auto-Submitted: Auto-Generated; owner=x\nPrecedence: Bulk\n"
                + "X-Auto-Response-Suppress: OOF, AutoReply\nList-Id: Lista <lista.exemplo.com>\n");

        assertThat(automation).isEqualTo(new ParsedMail.Automation("auto-generated", "bulk", true, "lista.exemplo.com"));
        assertThat(automation.any()).isTrue();
    }

    @Test
    void countsOlderAutoReplyHeaders() {
        assertThat(read("X-Autoreply: yes\n").autoSubmitted()).isEqualTo("auto-replied");
    }

    @Test
    void ignoresWhatMarksNothing() {
        assertThat(read("Auto-Submitted: no\nPrecedence: first-class\n").any()).isFalse();
        assertThat(read("Subject: hi\n")).isEqualTo(ParsedMail.Automation.NONE);
    }

    private static ParsedMail.Automation read(String headers) {
        return AutomationMarkers.read(MimeReader.read((headers + "\nbody").getBytes(StandardCharsets.US_ASCII)).headers());
    }
}
