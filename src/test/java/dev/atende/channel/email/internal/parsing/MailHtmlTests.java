package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTests {

    @Test
    void keepsInlineImageSources() {
        assertThat(MailHtml.sanitize("<p>Logo:<img src=\"cid:logo@x\" alt=\"logo\"><img src=\"CID:two\"></p>"))
                .contains("src=\"cid:logo@x\"", "src=\"cid:two\"");
    }

    @Test
    void allowsTheCidProtocolOnImageSourcesOnly() {
        String safe = MailHtml.sanitize("<a href=\"cid:x\">link</a><img src=\"javascript:alert(1)\"><iframe src=\"cid:y\"></iframe>");

        assertThat(safe).contains("link").doesNotContain("cid:", "javascript", "iframe");
    }

    @Test
    void cannotBeTrickedByAPlaceholderInTheMail() {
        String safe = MailHtml.sanitize("<img src=\"https://cid-0000000000000000.invalid/0\"><img src=\"cid:real\">");

        assertThat(safe).contains("src=\"cid:real\"").containsOnlyOnce("cid:");
    }

    @Test
    void keepsTheBodyOnly() {
        assertThat(MailHtml.sanitize("<html><head><title>Secret title</title><style>.x{}</style></head><body><p>Hi</p></body></html>"))
                .isEqualTo("<p>Hi</p>");
    }

    @Test
    void keepsTheQuoteMarkForTheView() {
        assertThat(MailHtml.sanitize("<p>new</p><div class=\"quote\"><p>old</p></div>")).contains("<div class=\"quote\">");
    }
}
