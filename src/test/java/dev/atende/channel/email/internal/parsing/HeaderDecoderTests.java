package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderDecoderTests {

    @Test
    void decodesBAndQWords() {
        assertThat(HeaderDecoder.decode("=?UTF-8?B?T2zDoSwgbXVuZG8h?=")).isEqualTo("Olá, mundo!");
        assertThat(HeaderDecoder.decode("=?iso-8859-1?q?Promo=E7=E3o_de_ver=E3o?=")).isEqualTo("Promoção de verão");
    }

    @Test
    void dropsTheBlanksBetweenAdjacentWordsButNotAroundThem() {
        assertThat(HeaderDecoder.decode("Re: =?utf-8?q?a?=\n =?utf-8?q?b?= c")).isEqualTo("Re: ab c");
    }

    @Test
    void joinsTheBytesOfAdjacentWordsSoASplitCharacterSurvives() {
        byte[] emoji = "🚨".getBytes(StandardCharsets.UTF_8);
        String first = java.util.Base64.getEncoder().encodeToString(new byte[] {emoji[0], emoji[1]});
        String second = java.util.Base64.getEncoder().encodeToString(new byte[] {emoji[2], emoji[3]});

        assertThat(HeaderDecoder.decode("=?UTF-8?B?" + first + "?= =?UTF-8?B?" + second + "?=")).isEqualTo("🚨");
    }

    @Test
    void toleratesMalformedWords() {
        assertThat(HeaderDecoder.decode("=?utf-8?Q?sem fim")).isEqualTo("=?utf-8?Q?sem fim");
        assertThat(HeaderDecoder.decode("=?x-unknown?Q?Ol=C3=A1?=")).isEqualTo("Olá");
        assertThat(HeaderDecoder.decode("=?utf-8?B?T2zDoQ?=")).isEqualTo("Olá"); // no padding
        assertThat(HeaderDecoder.decode("=?utf-8?Q?com espa=C3=A7os?=")).isEqualTo("com espaços");
        assertThat(HeaderDecoder.decode("3d-=?ISO-8859-1?Q?=63?=om=?US-ASCII*EN?Q?pr?=ess.gif")).isEqualTo("3d-compress.gif");
        assertThat(HeaderDecoder.decode("=?")).isEqualTo("=?");
    }

    @Test
    void guessesRaw8BitText() {
        String utf8 = new String("Orçamento".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String latin1 = new String("Orçamento".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);

        assertThat(HeaderDecoder.decode(utf8)).isEqualTo("Orçamento");
        assertThat(HeaderDecoder.decode(latin1)).isEqualTo("Orçamento");
    }

    @Test
    void unfoldsAndDropsControlCharacters() {
        assertThat(HeaderDecoder.decode(" Fwd:\n\tSaying \n Hello\u0000 ")).isEqualTo("Fwd: Saying Hello");
    }
}
