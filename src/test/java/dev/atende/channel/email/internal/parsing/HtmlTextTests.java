package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

    @Test
    void turnsBlocksIntoLinesAndParagraphs() {
        assertThat(HtmlText.of("<div>Bom dia,</div><div>tudo bem?</div><p>Segue.</p><p>Att,<br>Ana</p>"))
                .isEqualTo("Bom dia,\ntudo bem?\n\nSegue.\n\nAtt,\nAna");
    }

    @Test
    void writesLinksAsTextAndUrl() {
        assertThat(HtmlText.of("<p>Veja <a href=\"https://exemplo.com/x\">aqui</a>, <a href=\"https://exemplo.com\">https://exemplo.com</a>"
                + " ou <a href=\"mailto:ana@exemplo.com\">ana@exemplo.com</a>.</p>"))
                .isEqualTo("Veja aqui (https://exemplo.com/x), https://exemplo.com ou ana@exemplo.com.");
    }

    @Test
    void leavesOutHeadStylesAndScripts() {
        assertThat(HtmlText.of("<html><head><title>T</title><style>p{color:red}</style></head>"
                + "<body><script>alert(1)</script><p>Only this</p></body></html>")).isEqualTo("Only this");
    }

    @Test
    void quotesBlockquotes() {
        assertThat(HtmlText.of("<p>Yes.</p><blockquote><p>Shall we?</p><p>Friday</p></blockquote>"))
                .isEqualTo("Yes.\n\n> Shall we?\n>\n> Friday");
    }

    @Test
    void keepsPreformattedTextAndListItems() {
        assertThat(HtmlText.of("<pre>a  b\n  c</pre><ul><li>one</li><li>two</li></ul>")).isEqualTo("a  b\n  c\n\n- one\n- two");
    }

    @Test
    void collapsesTheSourcesWhitespaceAndNonBreakingSpaces() {
        assertThat(HtmlText.of("<p>  many\n   spaces&nbsp;&nbsp;here </p>")).isEqualTo("many spaces here");
    }
}
