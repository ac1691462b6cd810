package dev.atende.shared;

import java.util.regex.Pattern;

/**
 * Control characters in what people type: none has a use in a name, subject or message (tab
 * and line breaks aside), PostgreSQL refuses NUL outright, and H2 stores it; refusing them up
 * front keeps both databases alike.
 */
public final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Texts() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** For search terms, where a stray control character should just not matter. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
