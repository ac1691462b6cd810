package dev.atende.channel.email;

import dev.atende.shared.Change;

/**
 * What an admin sends to create or change a mailbox, field by field: absent fields keep their
 * value (or take the default on create). {@code password} is write-only. {@code smtp} null
 * removes the mailbox's own SMTP server (replies then use the global one).
 */
public record MailboxChanges(Change<String> name, Change<String> address, Change<MailProtocol> protocol,
        Change<MailSecurity> security, Change<String> host, Change<Integer> port, Change<String> username,
        Change<String> password, Change<String> folder, Change<Long> group, Change<Integer> pollIntervalSeconds,
        Change<Boolean> active, Change<Smtp> smtp) {

    /** The outgoing server, changed field by field like the mailbox itself. */
    public record Smtp(Change<String> host, Change<Integer> port, Change<MailSecurity> security,
            Change<String> username, Change<String> password) {
    }
}
