package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransferDecodingTests {

    @Test
    void decodesBase64DespiteBlanksJunkAndMissingPadding() {
        assertThat(text(TransferDecoding.decode(bytes("T2zD\r\n oSBt\tdW5k\nbw"), "base64"))).isEqualTo("Olá mundo");
        assertThat(text(TransferDecoding.decode(bytes("T2zDoQ==\n"), " BASE64 "))).isEqualTo("Olá");
    }

    @Test
    void keepsTextThatIsPlainlyNotBase64() {
        String words = "... base64-encoded image data goes here ...";

        assertThat(text(TransferDecoding.decode(bytes(words), "base64"))).isEqualTo(words);
    }

    @Test
    void decodesQuotedPrintableAndKeepsBrokenEscapes() {
        assertThat(text(TransferDecoding.decode(bytes("Ol=C3=A1 =\r\nmundo = 100%=ZZ=\n"), "quoted-printable")))
                .isEqualTo("Olá mundo = 100%=ZZ");
        assertThat(text(TransferDecoding.decode(bytes("soft =  \nbreak"), "quoted-printable"))).isEqualTo("soft break");
    }

    @Test
    void leavesIdentityAndUnknownEncodingsAlone() {
        for (String encoding : new String[] {"7bit", "8bit", "8 bit", "7-bit", "binary", "x-gzip64", "", null}) {
            assertThat(text(TransferDecoding.decode(bytes("=C3=A1"), encoding))).as(encoding).isEqualTo("=C3=A1");
        }
    }

    @Test
    void decodesUuencodedBodies() {
        assertThat(text(TransferDecoding.decode(bytes("begin 644 a.txt\n&:&5L;&\\*\n`\nend\n"), "x-uuencode"))).isEqualTo("hello\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
