package dev.atende.ticket;

/** One changed field of a ticket, as the history records it (values in API spelling or ids). */
public record FieldChange(String field, String from, String to) {
}
