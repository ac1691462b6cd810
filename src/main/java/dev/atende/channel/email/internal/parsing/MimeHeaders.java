package dev.atende.channel.email.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * The header fields of one MIME entity, in order, as they were written: each value keeps its
 * bytes as ISO-8859-1 characters (so raw 8-bit text can still be decoded by guessing) and its
 * folds as {@code \n}.
 */
final class MimeHeaders {

    static final MimeHeaders NONE = new MimeHeaders(List.of());

    record Field(String name, String value) {
    }

    private final List<Field> fields;

    MimeHeaders(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The first value of the field, or null. */
    String get(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field.value();
            }
        }
        return null;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                values.add(field.value());
            }
        }
        return values;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }
}
