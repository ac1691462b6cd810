package dev.atende.channel.email.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds where the quoted history (or the signature) of an HTML mail starts, and moves it and
 * everything after it into a {@code <div class="quote">}. It works on the HTML as the mailer
 * wrote it, before sanitizing strips the classes and ids that mark quotes.
 */
final class HtmlQuotes {

    /** Marks left by Gmail, Thunderbird, Apple Mail, Outlook (web and desktop), Yahoo, Proton, Zoho. */
    private static final Evaluator MARKS = QueryParser.parse("div.gmail_quote, div.gmail_quote_container, blockquote.gmail_quote,"
            + " div.gmail_signature, div.moz-cite-prefix, div.moz-signature, pre.moz-signature, blockquote[type=cite],"
            + " div#divRplyFwdMsg, div#appendonsend, div.OutlookMessageHeader, div#mail-editor-reference-message-container,"
            + " div.yahoo_quoted, div.protonmail_quote, blockquote.protonmail_quote, div.zmail_extra");
    private static final Pattern FORWARD = Pattern.compile("(?i)(forwarded message|mensagem encaminhada|mensaje reenviado"
            + "|message transf[ée]r[ée]|weitergeleitete nachricht|begin forwarded message)");
    private static final int MAX_MARK_TEXT = 600;

    private HtmlQuotes() {
    }

    static QuoteFolding.Folded fold(String html) {
        if (html == null || html.isBlank()) {
            return new QuoteFolding.Folded(html == null ? "" : html, "");
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Node start = start(body);
        if (start == null || textBefore(body, start).isBlank()) {
            return new QuoteFolding.Folded(body.html(), "");
        }
        Element quote = new Element("div").addClass("quote");
        start.before(quote);
        List<Node> moved = new ArrayList<>();
        for (Node node = start; node != null; node = node.nextSibling()) {
            moved.add(node);
        }
        for (Element parent = quote.parent(); parent != null && parent != body; parent = parent.parent()) {
            for (Node node = parent.nextSibling(); node != null; node = node.nextSibling()) {
                moved.add(node);
            }
        }
        for (Node node : moved) {
            node.remove();
            quote.appendChild(node);
        }
        String folded = quote.outerHtml();
        quote.remove();
        return new QuoteFolding.Folded(body.html(), folded);
    }

    /** The first node where history starts: a mailer's mark, a text mark, or a blockquote that ends the mail. */
    private static Node start(Element body) {
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (element.is(MARKS) && !isForward(element)) {
                return withLeadIn(element);
            }
            if (isTextMark(element)) {
                return withLeadIn(element);
            }
            if (element.tagName().equals("blockquote") && textAfter(element).isBlank()) {
                return withLeadIn(element);
            }
        }
        return null;
    }

    /** A block whose whole text is "On ... wrote:", "-----Original Message-----" or an Outlook header. */
    private static boolean isTextMark(Element element) {
        if (!element.isBlock() || element.tagName().equals("body")) {
            return false;
        }
        String text = element.wholeText().replace('\u00A0', ' ').strip();
        if (text.isEmpty() || text.length() > MAX_MARK_TEXT) {
            return false;
        }
        String firstLines = String.join("\n", text.lines().limit(6).toList());
        return QuoteFolding.isHistoryMark(text) || QuoteFolding.isHistoryMark(firstLines)
                || QuoteFolding.isHistoryMark(element.text());
    }

    /** The rule or attribution just before a quote belongs to it. */
    private static Node withLeadIn(Element mark) {
        Element previous = mark.previousElementSibling();
        if (previous != null && onlyBlanksBetween(previous, mark)
                && (previous.tagName().equals("hr") || QuoteFolding.isAttribution(previous.text()))) {
            return previous;
        }
        return mark;
    }

    private static boolean onlyBlanksBetween(Element first, Element second) {
        for (Node node = first.nextSibling(); node != null && node != second; node = node.nextSibling()) {
            if (!(node instanceof TextNode text) || !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForward(Element element) {
        String text = element.text();
        return FORWARD.matcher(text.substring(0, Math.min(text.length(), 200))).find();
    }

    private static String textBefore(Element body, Node start) {
        StringBuilder text = new StringBuilder();
        for (Node node = body.firstChild(); node != null; ) {
            if (node == start) {
                break;
            }
            if (isAncestor(node, start)) {
                node = node.firstChild(); // descend towards the start
                continue;
            }
            text.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() + (e.is("img") ? "[image]" : "") : "");
            node = node.nextSibling();
        }
        return text.toString();
    }

    private static String textAfter(Element element) {
        StringBuilder text = new StringBuilder();
        for (Element at = element; at != null && !at.tagName().equals("body"); at = at.parent()) {
            for (Node node = at.nextSibling(); node != null; node = node.nextSibling()) {
                text.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "");
            }
        }
        return text.toString();
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node at = node.parentNode(); at != null; at = at.parentNode()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
