package dev.atende.channel.email.web;

import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.MailSecurity;
import dev.atende.channel.email.Mailbox;
import dev.atende.channel.email.MailboxChanges;
import dev.atende.channel.email.MailboxSettings;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;

/**
 * The mailbox form as submitted: every field as typed. Empty passwords keep the stored ones;
 * an empty SMTP server removes the mailbox's own SMTP settings.
 */
record MailboxForm(String name, String address, String protocol, String security, String host, String port,
        String username, String password, String folder, Long group, String pollIntervalSeconds, Boolean active,
        String smtpHost, String smtpPort, String smtpSecurity, String smtpUsername, String smtpPassword) {

    static MailboxForm blank() {
        return new MailboxForm("", "", MailProtocol.IMAP.code(), MailSecurity.TLS.code(), "", "", "", "",
                MailboxSettings.INBOX, null, Integer.toString(MailboxSettings.DEFAULT_POLL_INTERVAL), true, "", "",
                MailSecurity.STARTTLS.code(), "", "");
    }

    static MailboxForm of(Mailbox m) {
        MailboxSettings.Smtp smtp = m.settings().smtp();
        return new MailboxForm(m.name(), m.address(), m.protocol().code(), m.security().code(), m.host(),
                m.port() == null ? "" : m.port().toString(), m.username(), "", m.folder(), m.groupId(),
                Integer.toString(m.pollIntervalSeconds()), m.active(), smtp == null ? "" : smtp.host(),
                smtp == null ? "" : smtp.port().toString(),
                smtp == null ? MailSecurity.STARTTLS.code() : smtp.security().code(),
                smtp == null || smtp.username() == null ? "" : smtp.username(), "");
    }

    MailboxChanges changes(InvalidInputException.Collector problems) {
        Change<MailboxChanges.Smtp> smtp = blank(smtpHost) ? Change.to(null)
                : Change.to(new MailboxChanges.Smtp(Change.to(smtpHost.strip()),
                        number("smtp.port", smtpPort, problems), Change.to(MailSecurity.fromCode(smtpSecurity)),
                        Change.to(trimmed(smtpUsername)), secret(smtpPassword)));
        return new MailboxChanges(Change.to(trimmed(name)), Change.to(trimmed(address)),
                Change.to(MailProtocol.fromCode(protocol)), Change.to(MailSecurity.fromCode(security)),
                Change.to(trimmed(host)), number("port", port, problems), Change.to(trimmed(username)),
                secret(password), Change.to(trimmed(folder)), Change.to(group),
                number("pollIntervalSeconds", pollIntervalSeconds, problems), Change.to(Boolean.TRUE.equals(active)),
                smtp);
    }

    private static Change<Integer> number(String field, String text, InvalidInputException.Collector problems) {
        if (blank(text)) {
            return Change.to(null);
        }
        try {
            return Change.to(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            problems.add(field, "error.mailbox.number");
            return Change.absent();
        }
    }

    private static Change<String> secret(String text) {
        return text == null || text.isEmpty() ? Change.absent() : Change.to(text);
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
