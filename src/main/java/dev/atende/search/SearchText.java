package dev.atende.search;

import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Texts;
import java.util.regex.Pattern;

/**
 * What a person typed into a search box: trimmed, without control characters, at most
 * {@link #MAX_LENGTH} characters. Anything else is taken as typed: query syntax characters are
 * words or operators of the search, never an error.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern TICKET_NUMBER = Pattern.compile("#?(\\d{1,18})");

    public SearchText {
        value = Texts.withoutControlCharacters(value).strip();
    }

    /** The text of a {@code q} parameter, or a clear problem when it is empty or too long. */
    public static SearchText parse(String raw) {
        if (raw == null || Texts.withoutControlCharacters(raw).isBlank()) {
            throw InvalidInputException.of("q", "error.search.empty");
        }
        var text = new SearchText(raw);
        if (text.value.codePointCount(0, text.value.length()) > MAX_LENGTH) {
            throw InvalidInputException.of("q", "error.search.tooLong", MAX_LENGTH);
        }
        return text;
    }

    /** The ticket number this text is, as in "10042" or "#10042", or null. */
    public Long ticketNumber() {
        var matcher = TICKET_NUMBER.matcher(value);
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }
}
