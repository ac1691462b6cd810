package dev.atende.automation;

/**
 * One test on a ticket: {@code field} (e.g. "subject", "priority", "minutes_since_created"),
 * {@code op} (e.g. "contains", "is", "gt") and a value of the field's type (text, code, id,
 * number or boolean; null for "no assignee" or where the op takes none).
 */
public record Condition(String field, String op, Object value) {
}
