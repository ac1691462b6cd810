package dev.atende.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON merge-patch body field by field, keeping "absent" apart from "null" and
 * collecting every type error so that the caller gets them all in one 422.
 */
public final class PatchReader {

    private final JsonNode body;
    private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

    public PatchReader(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("", "error.json.objectExpected");
        }
        this.body = body;
    }

    public Change<String> string(String field, int maxLength, boolean nullable) {
        if (!body.has(field)) {
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
        if (!body.has(field)) {
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
        return Change.to(node.asString());
    }

    public Change<Long> id(String field) {
        if (!body.has(field)) {
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

    public Change<Boolean> bool(String field) {
        if (!body.has(field)) {
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
        if (!body.has(field)) {
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
            if (item.asString().length() > maxLength) {
                return fail(field, "error.field.tooLong", maxLength);
            }
            values.add(item.asString().strip());
        }
        return Change.to(values);
    }

    public Change<List<Long>> ids(String field, int maxItems) {
        if (!body.has(field)) {
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

    /** Throws the collected problems, if any. Call once after reading every field. */
    public void done() {
        problems.throwIfAny();
    }

    private <T> Change<T> fail(String field, String code, Object... args) {
        problems.add(field, code, args);
        return Change.absent();
    }
}
