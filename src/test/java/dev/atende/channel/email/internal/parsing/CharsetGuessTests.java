package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetGuessTests {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @Test
    void trustsACorrectLabel() {
        assertThat(CharsetGuess.decode("Ação".getBytes(StandardCharsets.UTF_8), "UTF-8")).isEqualTo("Ação");
        assertThat(CharsetGuess.decode("Ação".getBytes(LATIN_1), "iso-8859-1")).isEqualTo("Ação");
        assertThat(CharsetGuess.decode("Привет".getBytes(Charset.forName("KOI8-R")), "koi8-r")).isEqualTo("Привет");
        assertThat(CharsetGuess.decode("こんにちは".getBytes(Charset.forName("Shift_JIS")), "shift_jis")).isEqualTo("こんにちは");
        assertThat(CharsetGuess.decode("Test".getBytes(StandardCharsets.UTF_16LE), "utf-16le")).isEqualTo("Test");
    }

    @Test
    void readsLatin1LabelledUtf8AsWindows1252() {
        assertThat(CharsetGuess.decode("Ação".getBytes(LATIN_1), "utf-8")).isEqualTo("Ação");
    }

    @Test
    void readsUtf8LabelledAsASingleByteCharsetAsUtf8() {
        assertThat(CharsetGuess.decode("Ação 🎉".getBytes(StandardCharsets.UTF_8), "ISO-8859-1")).isEqualTo("Ação 🎉");
        assertThat(CharsetGuess.decode("Ação".getBytes(StandardCharsets.UTF_8), "us-ascii")).isEqualTo("Ação");
        assertThat(CharsetGuess.decode("Ação".getBytes(StandardCharsets.UTF_8), "windows-1252")).isEqualTo("Ação");
    }

    @Test
    void readsLatin1AsItsSupersetWindows1252() {
        byte[] quotes = {(byte) 0x93, 'o', 'k', (byte) 0x94, ' ', (byte) 0x80};

        assertThat(CharsetGuess.decode(quotes, "iso-8859-1")).isEqualTo("“ok” €");
    }

    @Test
    void guessesWhenTheLabelIsMissingOrUnknown() {
        assertThat(CharsetGuess.decode("Preço".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("Preço");
        assertThat(CharsetGuess.decode("Preço".getBytes(LATIN_1), null)).isEqualTo("Preço");
        assertThat(CharsetGuess.decode("Preço".getBytes(StandardCharsets.UTF_8), "x-unknown-thing")).isEqualTo("Preço");
        assertThat(CharsetGuess.decode("Preço".getBytes(LATIN_1), "\"bogus\"")).isEqualTo("Preço");
    }

    @Test
    void keepsTheValidUtf8OfTextThatMixesItWithLatin1() {
        byte[] mixed = ("Olá " + new String("você".getBytes(StandardCharsets.UTF_8), LATIN_1)).getBytes(LATIN_1);

        assertThat(CharsetGuess.decode(mixed, "utf-8")).isEqualTo("Olá você");
    }

    @Test
    void knowsCommonAliasesAndLanguageSuffixes() {
        assertThat(CharsetGuess.forLabel("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetGuess.forLabel("UTF-8*pt-BR")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetGuess.forLabel("ks_c_5601-1987")).isNotNull();
        assertThat(CharsetGuess.forLabel("no-such-charset")).isNull();
        assertThat(CharsetGuess.forLabel("bad name with spaces")).isNull();
    }
}
