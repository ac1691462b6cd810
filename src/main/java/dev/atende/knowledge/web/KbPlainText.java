package dev.atende.knowledge.web;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.springframework.web.util.HtmlUtils;

/** Between an article's HTML and the plain text of a ticket reply, both ways. */
final class KbPlainText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "pre", "blockquote", "table", "ul", "ol");

    private KbPlainText() {
    }

    /** The text of the HTML with its paragraphs and line breaks; list items start with "- ". */
    static String of(String html) {
        var text = new StringBuilder();
        Jsoup.parseBodyFragment(html == null ? "" : html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        text.append('\n');
                    } else if (e.normalName().equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (BLOCKS.contains(e.normalName())) {
                        newLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("li")) {
                    newLine(text);
                }
            }
        });
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Plain text as HTML paragraphs: blank lines part paragraphs, single line breaks stay. */
    static String toHtml(String text) {
        var html = new StringBuilder();
        for (String paragraph : (text == null ? "" : text.strip()).split("\\r?\\n\\s*\\r?\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\r?\\n", "<br>"))
                        .append("</p>\n");
            }
        }
        return html.toString();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
