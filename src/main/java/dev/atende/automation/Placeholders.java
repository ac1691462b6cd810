package dev.atende.automation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders such as {@code {{customer.name}}} in canned responses and rule texts. Rendering
 * is one plain pass of substitution: a value is inserted as it is and never read again, so a
 * customer named "{{agent.name}}" stays just that; values are text (escape them where they go
 * into HTML). Unknown placeholders are refused when a text is saved.
 */
public final class Placeholders {

    public static final Set<String> KNOWN = Set.of("customer.name", "customer.email", "ticket.number",
            "ticket.subject", "ticket.status", "ticket.priority", "ticket.group", "agent.name", "agent.email",
            "organization.name");

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([a-z][a-z._]{0,40})\\s*}}");

    private Placeholders() {
    }

    /** The placeholders in {@code text} that are not known, in order of appearance. */
    public static Set<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** The text with each known placeholder replaced by its value ("" when it has none). */
    public static String render(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String name = m.group(1);
            if (KNOWN.contains(name)) {
                String value = values.get(name);
                out.append(value == null ? "" : value);
            } else {
                out.append(m.group());
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
