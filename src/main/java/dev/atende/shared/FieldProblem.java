package dev.atende.shared;

/** One invalid field: its JSON name and a message code with arguments. */
public record FieldProblem(String field, String messageCode, Object... args) {
}
