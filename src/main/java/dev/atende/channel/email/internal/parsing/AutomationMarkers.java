package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail;
import java.util.Locale;
import java.util.Set;

/**
 * The headers that mark a mail as sent by a machine: Auto-Submitted (RFC 3834; the older
 * X-Autoreply and X-Autorespond count as "auto-replied"), Precedence bulk/list/junk,
 * X-Auto-Response-Suppress (Exchange) and List-Id.
 */
final class AutomationMarkers {

    private static final Set<String> MASS_PRECEDENCE = Set.of("bulk", "list", "junk");

    private AutomationMarkers() {
    }

    static ParsedMail.Automation read(MimeHeaders headers) {
        String autoSubmitted = word(headers.get("Auto-Submitted"));
        if (autoSubmitted == null && (headers.has("X-Autoreply") || headers.has("X-Autorespond"))) {
            autoSubmitted = "auto-replied";
        }
        String precedence = word(headers.get("Precedence"));
        if (precedence != null && !MASS_PRECEDENCE.contains(precedence)) {
            precedence = null;
        }
        String suppress = word(headers.get("X-Auto-Response-Suppress"));
        boolean suppressed = suppress != null && !suppress.equals("none");
        String listId = listId(headers.get("List-Id"));
        if (autoSubmitted == null && precedence == null && !suppressed && listId == null) {
            return ParsedMail.Automation.NONE;
        }
        return new ParsedMail.Automation(autoSubmitted, precedence, suppressed, listId);
    }

    /** The value's first word, lower-cased: "auto-replied; owner-email=..." is "auto-replied". */
    private static String word(String value) {
        if (value == null) {
            return null;
        }
        String text = HeaderParams.withoutComments(value).strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != ',' && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end == 0 ? null : text.substring(0, end);
    }

    /** The id in angle brackets ({@code "Users" <users.example.org>}), else the decoded value. */
    private static String listId(String value) {
        if (value == null) {
            return null;
        }
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        String id = open >= 0 && close > open ? value.substring(open + 1, close) : HeaderDecoder.decode(value);
        id = id.strip();
        return id.isEmpty() ? null : id;
    }
}
