package dev.atende.shared;

/**
 * A module asks for a mail from Atende to a person about no ticket in particular (a scheduled
 * report), written in the reader's language; the e-mail channel queues it in its outbox in the
 * publishing transaction, so it goes out once that commits. The HTML is sent as given.
 */
public record SystemMailRequested(String to, String subject, String text, String html) {
}
