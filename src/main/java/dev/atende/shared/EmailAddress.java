package dev.atende.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased, checked for a plausible shape and length. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\".]+(\\.[^\\s@<>()\\[\\],;:\".]+)+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("email", "error.email.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("email", "error.email.invalid");
        }
    }

    /** Parses an address that arrives under another field name (e.g. {@code customer.email}). */
    public static EmailAddress of(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "error.email.required");
        }
        try {
            return new EmailAddress(value);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, "error.email.invalid");
        }
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }
}
