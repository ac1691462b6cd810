package dev.atende.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON merge-patch body field by field, keeping "absent" apart from "null" and
 * collecting every type error so that the caller gets them all in one 422.
 */
public final class PatchReader {

    private final JsonNode body;
    private final String prefix;
    private final Set<String> read = new HashSet<>();
    private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

    public PatchReader(JsonNode body) {
        this(body, "");
    }

    /**
     * Reads a nested object, e.g. {@code customer}: problems are reported as
     * {@code customer.email}; a value that is not an object as {@code customer}.
     */
    public PatchReader(JsonNode body, String path) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of(path, "error.json.objectExpected");
        }
        this.body = body;
        this.prefix = path.isEmpty() ? "" : path + ".";
    }

    /** Marks fields the caller reads by other means, so {@link #done()} does not call them unknown. */
    public void accept(String... fields) {
        read.addAll(List.of(fields));
    }

    private boolean has(String field) {
        read.add(field);
        return body.has(field);
    }

    public Change<String> string(String field, int maxLength, boolean nullable) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return nullable ? Change.to(null) : fail(field, "error.field.required");
        }
        if (!node.isString()) {
            return fail(field, "error.field.string");
        }
        String value = node.asString().strip();
        if (Texts.hasControlCharacters(value)) {
            return fail(field, "error.field.control");
        }
        if (!nullable && value.isEmpty()) {
            return fail(field, "error.field.required");
        }
        if (value.length() > maxLength) {
            return fail(field, "error.field.tooLong", maxLength);
        }
        return Change.to(value.isEmpty() ? null : value);
    }

    /** Text taken exactly as sent, not trimmed (passwords: every character counts); never null. */
    public Change<String> exact(String field, int maxLength) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull() || (node.isString() && node.asString().isEmpty())) {
            return fail(field, "error.field.required");
        }
        if (!node.isString()) {
            return fail(field, "error.field.string");
        }
        if (node.asString().length() > maxLength) {
            return fail(field, "error.field.tooLong", maxLength);
        }
        if (Texts.hasControlCharacters(node.asString())) {
            return fail(field, "error.field.control");
        }
        return Change.to(node.asString());
    }

    public Change<Long> id(String field) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(null);
        }
        if (node.isObject() && node.has("id")) {
            node = node.get("id");
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0) {
            return Change.to(node.asLong());
        }
        if (node.isString() && node.asString().matches("\\d{1,18}")) {
            return Change.to(Long.parseLong(node.asString()));
        }
        return fail(field, "error.field.id");
    }

    /** A whole number (null allowed); decimals, text and numbers beyond an int are a field error. */
    public Change<Integer> integer(String field) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(null);
        }
        return node.isIntegralNumber() && node.canConvertToInt() ? Change.to(node.asInt())
                : fail(field, "error.field.integer");
    }

    public Change<Boolean> bool(String field) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        return node.isBoolean() ? Change.to(node.asBoolean()) : fail(field, "error.field.boolean");
    }

    /** An enum given by its API code; unknown codes are a field error, not a 400. */
    public <E> Change<E> code(String field, Function<String, E> parser) {
        Change<String> raw = string(field, 64, false);
        if (!raw.present() || raw.value() == null) {
            return Change.absent();
        }
        E value = parser.apply(raw.value());
        return value == null ? fail(field, "error.field.unknownValue", raw.value()) : Change.to(value);
    }

    public Change<List<String>> strings(String field, int maxItems, int maxLength) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(List.of());
        }
        if (!node.isArray()) {
            return fail(field, "error.field.array");
        }
        if (node.size() > maxItems) {
            return fail(field, "error.field.tooMany", maxItems);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString() || item.asString().isBlank()) {
                return fail(field, "error.field.string");
            }
            if (Texts.hasControlCharacters(item.asString())) {
                return fail(field, "error.field.control");
            }
            if (item.asString().length() > maxLength) {
                return fail(field, "error.field.tooLong", maxLength);
            }
            values.add(item.asString().strip());
        }
        return Change.to(values);
    }

    public Change<List<Long>> ids(String field, int maxItems) {
        if (!has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(List.of());
        }
        if (!node.isArray() || node.size() > maxItems) {
            return fail(field, "error.field.array");
        }
        List<Long> values = new ArrayList<>();
        for (JsonNode item : node) {
            JsonNode id = item.isObject() && item.has("id") ? item.get("id") : item;
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
                return fail(field, "error.field.id");
            }
            values.add(id.asLong());
        }
        return Change.to(values);
    }

    /**
     * Throws the collected problems, if any, including fields nobody read: a misspelt field
     * ({@code "costumer"}) must not be dropped in silence. Call once after reading every field.
     */
    public void done() {
        body.propertyNames().forEach(name -> {
            if (!read.contains(name)) {
                problems.add(prefix + name, "error.field.unknown");
            }
        });
        problems.throwIfAny();
    }

    private <T> Change<T> fail(String field, String code, Object... args) {
        problems.add(prefix + field, code, args);
        return Change.absent();
    }
}
