package dev.atende.channel.email.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-ID, In-Reply-To and References, without angle brackets. Ids in brackets win; junk
 * around them ("(John's message of ...)") is ignored; without brackets, words with an {@code @}
 * are taken, and failing those a lone word.
 */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>?");

    private MessageIds() {
    }

    static List<String> parse(String raw) {
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        String text = HeaderParams.withoutComments(raw.replace('\r', ' ').replace('\n', ' '));
        if (text.indexOf('<') >= 0) {
            Matcher bracketed = BRACKETED.matcher(text);
            while (bracketed.find()) {
                add(ids, bracketed.group(1).replaceAll("\\s+", ""));
            }
            return ids;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s,]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        for (String word : words) {
            if (word.indexOf('@') > 0) {
                add(ids, unquoted(word));
            }
        }
        if (ids.isEmpty() && words.size() == 1) {
            add(ids, unquoted(words.get(0)));
        }
        return ids;
    }

    static String first(String raw) {
        List<String> ids = parse(raw);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A bare word may carry the punctuation around it. */
    private static String unquoted(String word) {
        return word.replaceAll("^[\"'(\\[]+|[\"',;.)\\]]+$", "");
    }

    private static void add(List<String> ids, String id) {
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
