package dev.atende.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one place HTML from people (editors, e-mails, chats) is made safe: scripts, event
 * handlers, styles that can hide content and dangerous URLs go; text, formatting, links,
 * tables and images stay.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "span", "div", "blockquote")
                    .allowAttributes("class").matching(false, "mention", "quote", "signature").onElements("span", "div")
                    .toFactory())
            .and(new HtmlPolicyBuilder() // images; cid: ones are inside e-mails, the view points them at the file
                    .allowUrlProtocols("http", "https", "cid")
                    .allowElements("img")
                    .allowAttributes("alt", "src", "title").onElements("img")
                    .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .toFactory());

    private SafeHtml() {
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    public static String sanitize(String html) {
        return html == null ? null : literalNonAscii(POLICY.sanitize(html));
    }

    /**
     * The sanitizer writes characters outside ASCII's safe range (emoji, for one) as numeric
     * entities; turn those back into the characters people typed. None of them has a meaning in
     * HTML, so only {@code < > & " '} and control characters, which stay encoded, matter.
     */
    private static String literalNonAscii(String html) {
        return NUMERIC_ENTITY.matcher(html).replaceAll(match -> {
            String digits = match.group(1);
            int codePoint;
            try {
                codePoint = digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return Matcher.quoteReplacement(match.group());
            }
            boolean plain = codePoint > 0x9F && Character.isValidCodePoint(codePoint)
                    && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
            return Matcher.quoteReplacement(plain ? Character.toString(codePoint) : match.group());
        });
    }
}
