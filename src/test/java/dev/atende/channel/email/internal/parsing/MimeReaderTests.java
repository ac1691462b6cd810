package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MimeReaderTests {

    @Test
    void splitsNestedMultipartsAndEndsAPartAtAnEnclosingBoundary() {
        MimeEntity root = read("Content-Type: multipart/mixed; boundary=outer\n\n--outer\n"
                + "Content-Type: multipart/alternative; boundary=inner\n\n--inner\n\none\n--outer\n\ntwo\n--outer--\n");

        assertThat(root.children()).hasSize(2);
        assertThat(root.children().get(0).children()).hasSize(1);
        assertThat(body(root.children().get(0).children().get(0))).isEqualTo("one");
        assertThat(body(root.children().get(1))).isEqualTo("two");
    }

    @Test
    void letsThePartsOwnBoundaryWinOverAnEnclosingCloseDelimiter() {
        // "--a----" is the close of "a--" and the delimiter of "a----": the innermost reading wins
        MimeEntity root = read("Content-Type: multipart/mixed; boundary=\"a--\"\n\n--a--\n"
                + "Content-Type: multipart/mixed; boundary=\"a----\"\n\n--a----\n\nbody\n--a------\n");

        assertThat(body(root.children().get(0).children().get(0))).isEqualTo("body");
    }

    @Test
    void doesNotTakeALongerBoundaryForAShorterOne() {
        MimeEntity root = read("Content-Type: multipart/mixed; boundary=a\n\n--a\n\none\n--ab\nstill one\n--a \t\n\ntwo\n--a--");

        assertThat(root.children()).extracting(MimeReaderTests::body).containsExactly("one\n--ab\nstill one", "two");
    }

    @Test
    void findsTheBoundaryInTheBodyWhenTheParameterIsMissing() {
        MimeEntity root = read("Content-Type: multipart/mixed\n\n--xyz\n\none\n--xyz\n\ntwo\n--xyz--\n");

        assertThat(root.children()).extracting(MimeReaderTests::body).containsExactly("one", "two");
    }

    @Test
    void startsTheBodyAtALineThatIsNoHeader() {
        MimeEntity root = read("Subject: hi\nThis is no header\nX: y\n\nbody");

        assertThat(root.headers().get("Subject")).isEqualTo(" hi");
        assertThat(root.headers().has("X")).isFalse();
        assertThat(body(root)).isEqualTo("This is no header\nX: y\n\nbody");
    }

    @Test
    void keepsFoldsAndTheObsoleteSpaceBeforeTheColon() {
        MimeEntity root = read("Subject : one\n two\n \nX-After: yes\n\nbody");

        assertThat(root.headers().get("subject")).isEqualTo(" one\n two\n ");
        assertThat(root.headers().get("X-After")).isEqualTo(" yes");
    }

    @Test
    void readsEveryKindOfNewline() {
        for (String newline : new String[] {"\r\n", "\n", "\r"}) {
            MimeEntity root = read(("Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b--\n").replace("\n", newline));
            assertThat(root.children()).as(newline).extracting(MimeReaderTests::body).containsExactly("one");
        }
    }

    @Test
    void readsTheHeaderBlocksOfADeliveryStatus() {
        var blocks = MimeReader.headerBlocks(bytes("Reporting-MTA: dns; a\n\nFinal-Recipient: rfc822; b@c\nStatus: 5.1.1\n"));

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).get("Status")).isEqualTo(" 5.1.1");
    }

    private static MimeEntity read(String mail) {
        return MimeReader.read(bytes(mail));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String body(MimeEntity entity) {
        return new String(entity.body(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
    }
}
