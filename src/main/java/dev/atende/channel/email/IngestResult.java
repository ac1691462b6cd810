package dev.atende.channel.email;

/**
 * What became of one received e-mail: {@code created} (a new ticket), {@code appended} (to an
 * existing one), {@code duplicate} (received before; nothing done), {@code ignored} (kept, but
 * not for a ticket: our own mail, an unmatched bounce) or {@code failed} (kept with its error).
 */
public record IngestResult(String result, Long ticketId, Long articleId, String reason, Long inboundId) {

    public static final String CREATED = "created";
    public static final String APPENDED = "appended";
    public static final String DUPLICATE = "duplicate";
    public static final String IGNORED = "ignored";
    public static final String FAILED = "failed";
}
