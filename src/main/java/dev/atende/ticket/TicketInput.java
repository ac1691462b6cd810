package dev.atende.ticket;

import dev.atende.shared.InvalidInputException;
import dev.atende.shared.SafeHtml;
import dev.atende.shared.Texts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** The shape rules for what people type into a ticket: subject, body, tags. */
final class TicketInput {

    static final int MAX_SUBJECT = 255;
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_TAGS = 50;
    static final int MAX_TAG = 64;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_.:/+#-]+");

    private TicketInput() {
    }

    static String subject(String raw, InvalidInputException.Collector problems) {
        String subject = raw == null ? "" : raw.strip().replaceAll("\\s*[\\r\\n\\t]+\\s*", " ");
        if (Texts.hasControlCharacters(subject)) {
            problems.add("subject", "error.field.control");
        } else if (subject.isEmpty()) {
            problems.add("subject", "error.field.required");
        } else if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT) {
            problems.add("subject", "error.field.tooLong", MAX_SUBJECT);
        }
        return subject;
    }

    static String contentType(String raw, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase(Article.PLAIN)) {
            return Article.PLAIN;
        }
        if (raw.equalsIgnoreCase(Article.HTML)) {
            return Article.HTML;
        }
        problems.add("contentType", "error.field.unknownValue", raw);
        return Article.PLAIN;
    }

    /**
     * The body as stored: HTML sanitized (scripts and handlers go, the rest stays), plain text
     * as typed. Empty is allowed only when files come with it.
     */
    static String body(String raw, String contentType, boolean hasFiles, InvalidInputException.Collector problems) {
        String body = raw == null ? "" : raw;
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            problems.add("body", "error.article.bodyTooLong", MAX_BODY_BYTES / 1024);
            return body;
        }
        if (Texts.hasControlCharacters(body)) {
            problems.add("body", "error.field.control");
            return body;
        }
        if (Article.HTML.equals(contentType)) {
            body = SafeHtml.sanitize(body);
            if (saysNothing(body)) {
                body = ""; // an editor's empty paragraph or lone line break is no message
            }
        }
        if (body.isBlank() && !hasFiles) {
            problems.add("body", "error.field.required");
        }
        return body.strip();
    }

    private static boolean saysNothing(String html) {
        var fragment = Jsoup.parseBodyFragment(html);
        return fragment.text().isBlank() && fragment.select("img").isEmpty();
    }

    /**
     * A body cut to the size limit (for channels, which cannot send the text back): at most
     * {@link #MAX_BODY_BYTES} UTF-8 bytes, never splitting a character, with a mark where it was cut.
     */
    static String fitBody(String body) {
        if (body == null || body.length() * 3L <= MAX_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length <= MAX_BODY_BYTES) {
            return body;
        }
        String mark = "\n[…]";
        int budget = MAX_BODY_BYTES - mark.getBytes(StandardCharsets.UTF_8).length;
        int end = 0;
        int bytes = 0;
        while (end < body.length()) {
            int cp = body.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return body.substring(0, end) + mark;
    }

    static Set<String> tags(List<String> raw, InvalidInputException.Collector problems) {
        Set<String> tags = new TreeSet<>();
        if (raw == null) {
            return tags;
        }
        if (raw.size() > MAX_TAGS) {
            problems.add("tags", "error.field.tooMany", MAX_TAGS);
            return tags;
        }
        for (String item : raw) {
            String tag = item == null ? "" : item.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty() || tag.length() > MAX_TAG || !TAG.matcher(tag).matches()) {
                problems.add("tags", "error.ticket.tag", item == null ? "" : item);
                return tags;
            }
            tags.add(tag);
        }
        return tags;
    }
}
