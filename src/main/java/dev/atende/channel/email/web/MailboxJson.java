package dev.atende.channel.email.web;

import dev.atende.channel.email.Mailbox;
import dev.atende.channel.email.MailboxSettings;
import dev.atende.identity.GroupRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A mailbox as the API shows it: passwords never, only whether one is set. */
@Schema(name = "Mailbox")
record MailboxJson(long id, String name, String address,
        @Schema(allowableValues = {"imap", "pop3"}) String protocol,
        @Schema(allowableValues = {"tls", "starttls", "none"}) String security,
        String host, Integer port, String username,
        @Schema(description = "whether a password is stored (the password itself is write-only)") boolean passwordSet,
        @Schema(description = "IMAP folder polled; POP3 always reads INBOX") String folder,
        @Schema(description = "where new tickets from this mailbox land; null: the entry group") GroupRef group,
        int pollIntervalSeconds, boolean active, SmtpJson smtp,
        @Schema(description = "what went wrong on the last poll, in words; null when it went well") String lastError,
        Instant lastPolledAt, Instant nextPollAt,
        @Schema(description = "failed polls in a row; the wait doubles with each, up to an hour") int failures,
        Instant createdAt, long version) {

    @Schema(name = "MailboxSmtp", description = "the mailbox's own outgoing server; null: the global one")
    record SmtpJson(String host, Integer port, @Schema(allowableValues = {"tls", "starttls", "none"}) String security,
            String username, boolean passwordSet) {
    }

    static MailboxJson of(Mailbox m, GroupRef group) {
        MailboxSettings.Smtp smtp = m.settings().smtp();
        return new MailboxJson(m.id(), m.name(), m.address(), m.protocol().code(), m.security().code(), m.host(),
                m.port(), m.username(), m.hasPassword(), m.folder(), group, m.pollIntervalSeconds(), m.active(),
                smtp == null ? null : new SmtpJson(smtp.host(), smtp.port(), smtp.security().code(), smtp.username(),
                        m.hasSmtpPassword()),
                m.lastError(), m.lastPolledAt(), m.nextPollAt(), m.failures(), m.createdAt(), m.version());
    }
}
