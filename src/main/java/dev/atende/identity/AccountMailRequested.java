package dev.atende.identity;

import java.time.Instant;

/**
 * A mail about someone's account must go out: a sign-up to confirm, a password to reset, an
 * invitation. Published inside the transaction that stores the link, so that the mail module
 * (which listens synchronously and writes its outbox in the same transaction) queues the mail
 * with the link or neither exists. Identity has no mail dependency of its own.
 *
 * @param kind which mail
 * @param email the recipient
 * @param name how to greet them
 * @param locale their language tag ("pt-BR", "en"), or null for the installation's
 * @param timeZone their IANA time zone for the expiry time, or null for UTC
 * @param link the single-use link, absolute (from {@code atende.base-url})
 * @param expiresAt when the link stops working
 * @param inviter who sent an invitation (null for the other kinds)
 */
public record AccountMailRequested(Kind kind, String email, String name, String locale, String timeZone, String link,
        Instant expiresAt, String inviter) {

    public enum Kind {
        /** Confirm the address given at sign-up and choose a password. */
        CONFIRM_SIGNUP,
        /** Someone signed up with an address that has an account: sign in or set a password. */
        ALREADY_REGISTERED,
        /** Choose a new password (forgot password). */
        RESET_PASSWORD,
        /** An admin or agent invites the person to choose a password and use the portal. */
        INVITATION
    }

    @Override
    public String toString() { // the link is a secret: keep it out of logs
        return "AccountMailRequested[" + kind + " to " + email + "]";
    }
}
