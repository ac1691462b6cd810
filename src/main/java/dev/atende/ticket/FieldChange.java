package dev.atende.ticket;

/**
 * One changed field of a ticket, as the history records it (values in API spelling or ids), with
 * why when a person gave a reason (an escalation's).
 */
public record FieldChange(String field, String from, String to, String note) {

    public FieldChange(String field, String from, String to) {
        this(field, from, to, null);
    }
}
