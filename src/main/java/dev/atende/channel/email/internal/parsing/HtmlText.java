package dev.atende.channel.email.internal.parsing;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text version of an HTML body: block elements become line breaks, links read
 * "text (url)", blockquotes are quoted with {@code > } (so quote folding works on the text too),
 * and scripts, styles and the head are left out.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "table", "tr", "blockquote", "pre", "hr", "address", "section", "article", "header", "footer", "nav",
            "aside", "dl", "dt", "dd", "form", "fieldset", "figure", "figcaption", "main", "center");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
            "ul", "ol", "pre");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript", "object");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, Jsoup.parse(html).body());
        return writer.text();
    }

    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int quoteDepth;
        private int pre;
        private int skipped;
        private boolean lineStart = true;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (skipped == 0) {
                    text(pre > 0 ? text.getWholeText() : text.text());
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipped++;
            } else if (tag.equals("br")) {
                newline();
            } else if (BLOCKS.contains(tag)) {
                breakLine(PARAGRAPHS.contains(tag));
                if (tag.equals("blockquote")) {
                    quoteDepth++;
                } else if (tag.equals("pre")) {
                    pre++;
                } else if (tag.equals("li")) {
                    text("- ");
                } else if (tag.equals("hr")) {
                    text("----");
                    newline();
                }
            } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                text(" ");
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipped--;
            } else if (tag.equals("a") && skipped == 0) {
                link(element);
            } else if (BLOCKS.contains(tag)) {
                if (tag.equals("blockquote")) {
                    if (!lineStart) {
                        newline();
                    }
                    String blank = "\n" + ">".repeat(quoteDepth) + "\n";
                    if (out.length() >= blank.length() && out.substring(out.length() - blank.length()).equals(blank)) {
                        out.setLength(out.length() - blank.length() + 1); // no blank quoted line at the end of a quote
                    }
                    quoteDepth--;
                } else if (tag.equals("pre")) {
                    pre--;
                }
                breakLine(PARAGRAPHS.contains(tag));
            }
        }

        private void link(Element link) {
            String href = link.attr("href").strip();
            String label = link.text().strip();
            String bare = href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
            boolean shown = href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)
                    || href.regionMatches(true, 0, "cid:", 0, 4) || label.isEmpty() || label.equalsIgnoreCase(bare)
                    || label.equalsIgnoreCase(href);
            if (!shown) {
                text(" (" + href + ")");
            }
        }

        private void text(String text) {
            if (text.isEmpty()) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    newline();
                    continue;
                }
                if (c == '\r') {
                    continue;
                }
                if (lineStart) {
                    if (pre == 0 && Character.isWhitespace(c)) {
                        continue; // no indentation from the source's formatting
                    }
                    out.append("> ".repeat(quoteDepth));
                    lineStart = false;
                }
                char shown = c == '\u00A0' ? ' ' : c;
                if (pre == 0 && shown == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                out.append(shown);
            }
        }

        private void newline() {
            if (lineStart && quoteDepth > 0 && endsWithBlankLine()) {
                return;
            }
            if (lineStart && quoteDepth > 0) {
                out.append(">".repeat(quoteDepth));
            }
            trimTrailingBlanks();
            out.append('\n');
            lineStart = true;
        }

        /** Ends the current line, and leaves one blank line before a paragraph. */
        private void breakLine(boolean paragraph) {
            if (!lineStart) {
                newline();
            }
            if (paragraph && out.length() > 0 && !endsWithBlankLine()) {
                newline();
            }
        }

        private boolean endsWithBlankLine() {
            int n = out.length();
            if (n < 2 || out.charAt(n - 1) != '\n') {
                return n == 0;
            }
            int i = n - 2;
            while (i >= 0 && out.charAt(i) == '>') {
                i--;
            }
            return i < 0 || out.charAt(i) == '\n';
        }

        private void trimTrailingBlanks() {
            int n = out.length();
            while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
                n--;
            }
            out.setLength(n);
        }

        String text() {
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
