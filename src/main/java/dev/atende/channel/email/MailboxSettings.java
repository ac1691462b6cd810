package dev.atende.channel.email;

/**
 * What an admin configures on a mailbox, passwords aside (they are write-only and kept sealed).
 * {@code host}, {@code port} and {@code username} are the incoming server's; {@code smtp} is
 * null when replies go out through the global SMTP settings.
 */
public record MailboxSettings(String name, String address, MailProtocol protocol, MailSecurity security, String host,
        Integer port, String username, String folder, Long groupId, int pollIntervalSeconds, boolean active,
        Smtp smtp) {

    public static final String INBOX = "INBOX";
    public static final int DEFAULT_POLL_INTERVAL = 60;

    /** The outgoing server of a mailbox; {@code username} null when it needs no login. */
    public record Smtp(String host, Integer port, MailSecurity security, String username) {
    }

    /** What a new mailbox starts with before the admin's values: IMAP over TLS, INBOX, every minute, active. */
    static MailboxSettings defaults() {
        return new MailboxSettings(null, null, MailProtocol.IMAP, MailSecurity.TLS, null, null, null, INBOX, null,
                DEFAULT_POLL_INTERVAL, true, null);
    }
}
