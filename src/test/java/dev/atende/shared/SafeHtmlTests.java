package dev.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTests {

    @Test
    void removesScriptsAndEventHandlersButKeepsTheText() {
        String safe = SafeHtml.sanitize("<p onclick=\"x()\">Hi <script>alert(1)</script><b>there</b>"
                + "<img src=\"a.png\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a></p>");

        assertThat(safe).contains("Hi ", "<b>there</b>", "a.png", "link")
                .doesNotContain("script", "onclick", "onerror", "alert", "javascript");
    }

    @Test
    void keepsEmojiAndNonLatinScriptsAsTheyWereTyped() {
        assertThat(SafeHtml.sanitize("<p>Olá 🌍 Ошибка エラー مرحبا</p>")).isEqualTo("<p>Olá 🌍 Ошибка エラー مرحبا</p>");
    }

    @Test
    void keepsMarkupCharactersInTextEncoded() {
        assertThat(SafeHtml.sanitize("<p>a &lt;b&gt; &amp; &#34;c&#34;</p>"))
                .doesNotContain("<b>").contains("&lt;b&gt;").contains("&amp;");
    }

    @Test
    void linksOpenWithoutLeakingTheOpener() {
        assertThat(SafeHtml.sanitize("<a href=\"https://example.com\">x</a>")).contains("noopener").contains("noreferrer");
    }
}
