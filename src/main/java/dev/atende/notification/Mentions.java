package dev.atende.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * How people are named in notes: {@code @handle}, where a person's handles are the part of their
 * e-mail before the {@code @} and their name without spaces, both compared without case
 * ({@code @ana.lima} or {@code @AnaLima} for Ana Lima, ana.lima@example.com). An {@code @} inside
 * a word (an e-mail address) names nobody.
 */
public final class Mentions {

    /** Longest handle read; an e-mail's local part is at most 64 characters. */
    static final int MAX_HANDLE = 64;

    private static final String HANDLE_CHAR = "[\\p{L}\\p{N}._+-]";
    private static final Pattern MENTION = Pattern.compile("(?<!" + HANDLE_CHAR + ")@(" + HANDLE_CHAR + "{1,"
            + MAX_HANDLE + "})(?!" + HANDLE_CHAR + ")");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Mentions() {
    }

    /** The handles a text names, lower-case, each once, in order; HTML is read as its text. */
    public static Set<String> in(String body, boolean html) {
        Set<String> handles = new LinkedHashSet<>();
        if (body == null || (!html && body.indexOf('@') < 0)) {
            return handles;
        }
        // sanitized HTML writes the @ as &#64;: only its text tells
        String text = html ? Jsoup.parse(body).text() : body;
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String handle = trimEnd(matcher.group(1));
            if (!handle.isEmpty()) {
                handles.add(handle.toLowerCase(Locale.ROOT));
            }
        }
        return handles;
    }

    /** A person's handles, lower-case: the e-mail's local part and the name without spaces. */
    public static Set<String> handlesOf(String email, String name) {
        Set<String> handles = new LinkedHashSet<>();
        if (email != null && email.indexOf('@') > 0) {
            handles.add(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
        }
        if (name != null && !name.isBlank()) {
            handles.add(SPACES.matcher(name.strip()).replaceAll("").toLowerCase(Locale.ROOT));
        }
        return handles;
    }

    /** The handle people are offered to type for someone: the e-mail's local part. */
    public static String handleOf(String email) {
        return email == null || email.indexOf('@') <= 0 ? "" : email.substring(0, email.indexOf('@'));
    }

    /** A sentence's full stop or a dash after the name is not part of it ("thanks @ana."). */
    private static String trimEnd(String handle) {
        int end = handle.length();
        while (end > 0 && ".-_+".indexOf(handle.charAt(end - 1)) >= 0) {
            end--;
        }
        return handle.substring(0, end);
    }
}
