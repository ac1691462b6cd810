package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachmentsTests {

    @Test
    void stripsPathsAndControlCharacters() {
        assertThat(Attachments.clean("C:\\Users\\ana\\foto.jpg")).isEqualTo("foto.jpg");
        assertThat(Attachments.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachments.clean("a\u0000b\r\n.txt ")).isEqualTo("ab.txt");
        assertThat(Attachments.clean("..")).isEmpty();
    }

    @Test
    void shortensHugeNamesKeepingTheExtension() {
        assertThat(Attachments.clean("x".repeat(500) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    @Test
    void namesNamelessPartsByTheirType() {
        assertThat(Attachments.byType(type("image", "png"))).isEqualTo("image.png");
        assertThat(Attachments.byType(type("image", "jpeg"))).isEqualTo("image.jpg");
        assertThat(Attachments.byType(type("message", "rfc822"))).isEqualTo("message.eml");
        assertThat(Attachments.byType(type("application", "ms-tnef"))).isEqualTo("winmail.dat");
        assertThat(Attachments.byType(type("text", "calendar"))).isEqualTo("invite.ics");
        assertThat(Attachments.byType(type("application", "x-whatever"))).isEqualTo("attachment.bin");
        assertThat(Attachments.byType(type("text", "x-myown"))).isEqualTo("attachment.txt");
    }

    private static MediaType type(String type, String subtype) {
        return new MediaType(type, subtype, Map.of());
    }
}
