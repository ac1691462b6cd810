package dev.atende.automation;

/**
 * An automation rule asks that a person be told about a ticket by e-mail (the e-mail channel
 * sends it). Published in the rule's transaction, so the notice goes out if, and only if, the
 * rule's changes were kept.
 */
public record NoticeRequested(long ticketId, long userId, String subject, String body) {
}
