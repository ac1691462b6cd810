package dev.atende.shared;

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
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "span", "div", "blockquote")
                    .allowAttributes("class").matching(false, "mention", "quote", "signature").onElements("span", "div")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .toFactory());

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
