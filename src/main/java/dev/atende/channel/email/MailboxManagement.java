package dev.atende.channel.email;

import dev.atende.channel.email.internal.polling.MailboxConnections;
import dev.atende.channel.email.internal.polling.Mailboxes;
import dev.atende.channel.email.internal.polling.PollStatus;
import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.EmailAddress;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.SecretBox;
import dev.atende.shared.Texts;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins configure the mailboxes support mail arrives in. A mailbox that is active is polled, so
 * it needs its server, user and password; an inactive one may be just an address (mail piped in
 * by an MTA, or replies only). Passwords are sealed before they are stored and never given back.
 */
@Service
@Transactional
public class MailboxManagement {

    static final int MIN_POLL_INTERVAL = 10;
    static final int MAX_POLL_INTERVAL = 86_400;
    /** Sealed, the longest password still fits its column (1000 characters). */
    private static final int MAX_PASSWORD = 200;
    private static final Pattern HOST = Pattern.compile(
            "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?|\\[?[0-9a-f:.]+]?");

    private final Mailboxes mailboxes;
    private final Directory directory;
    private final SecretBox secrets;
    private final PollStatus status;
    private final MailboxConnections connections;
    private final Clock clock;

    MailboxManagement(Mailboxes mailboxes, Directory directory, SecretBox secrets, PollStatus status,
            MailboxConnections connections, Clock clock) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.secrets = secrets;
        this.status = status;
        this.connections = connections;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Mailbox> list(Actor actor) {
        requireAdmin(actor);
        return mailboxes.findAllByOrderByNameAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Mailbox get(Actor actor, long id) {
        requireAdmin(actor);
        return find(id);
    }

    public Mailbox create(Actor actor, MailboxChanges changes) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        MailboxSettings settings = merge(MailboxSettings.defaults(), changes, problems);
        String password = newPassword("password", changes.password(), problems);
        String smtpPassword = changes.smtp().present() && changes.smtp().value() != null
                ? newPassword("smtp.password", changes.smtp().value().password(), problems) : null;
        check(settings, null, password != null, problems);
        problems.throwIfAny();
        Mailbox mailbox = new Mailbox(settings, clock.instant());
        mailbox.sealPassword(seal(password));
        if (settings.smtp() != null) {
            mailbox.sealSmtpPassword(seal(smtpPassword));
        }
        return mailboxes.save(mailbox);
    }

    public Mailbox update(Actor actor, long id, MailboxChanges changes) {
        requireAdmin(actor);
        Mailbox mailbox = find(id);
        var problems = new InvalidInputException.Collector();
        MailboxSettings settings = merge(mailbox.settings(), changes, problems);
        String password = newPassword("password", changes.password(), problems);
        String smtpPassword = changes.smtp().present() && changes.smtp().value() != null
                ? newPassword("smtp.password", changes.smtp().value().password(), problems) : null;
        check(settings, id, password != null || mailbox.hasPassword(), problems);
        problems.throwIfAny();
        mailbox.configure(settings);
        if (password != null) {
            mailbox.sealPassword(seal(password));
        }
        if (smtpPassword != null && settings.smtp() != null) {
            mailbox.sealSmtpPassword(seal(smtpPassword));
        }
        mailboxes.save(mailbox);
        status.pollSoon(id); // new settings are tried at once, from a clean slate
        mailbox.pollSoon(clock.instant());
        return mailbox;
    }

    /** Removes the mailbox; mails received through it stay stored (without it). */
    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        Mailbox mailbox = find(id);
        status.detachMails(id);
        mailboxes.delete(mailbox);
    }

    /** Tries the saved settings: connect, sign in, open the folder; says what failed, in words. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ConnectionCheck test(Actor actor, long id) {
        requireAdmin(actor);
        return connections.check(find(id));
    }

    private Mailbox find(long id) {
        return mailboxes.findById(id).orElseThrow(() -> new NotFoundException("error.mailbox.notFound"));
    }

    private MailboxSettings merge(MailboxSettings old, MailboxChanges c, InvalidInputException.Collector problems) {
        MailProtocol protocol = value(c.protocol(), old.protocol());
        MailSecurity security = value(c.security(), old.security());
        Integer port = c.port().present() ? c.port().value()
                : followDefault(old.port(), old.protocol().defaultPort(old.security()), protocol.defaultPort(security));
        if (port == null) {
            port = protocol.defaultPort(security);
        }
        String folder = value(c.folder(), old.folder());
        MailboxSettings.Smtp smtp = c.smtp().present() ? smtp(old.smtp(), c.smtp().value()) : old.smtp();
        Boolean active = value(c.active(), old.active());
        Integer interval = value(c.pollIntervalSeconds(), old.pollIntervalSeconds());
        if (protocol == null) {
            problems.add("protocol", "error.field.required");
        }
        if (security == null) {
            problems.add("security", "error.field.required");
        }
        return new MailboxSettings(value(c.name(), old.name()), normalized(value(c.address(), old.address())),
                protocol == null ? MailProtocol.IMAP : protocol, security == null ? MailSecurity.TLS : security,
                value(c.host(), old.host()), port, value(c.username(), old.username()),
                folder == null || folder.isBlank() ? MailboxSettings.INBOX : folder.strip(),
                value(c.group(), old.groupId()), interval == null ? MailboxSettings.DEFAULT_POLL_INTERVAL : interval,
                active == null || active, smtp);
    }

    private static MailboxSettings.Smtp smtp(MailboxSettings.Smtp old, MailboxChanges.Smtp c) {
        if (c == null) {
            return null;
        }
        MailboxSettings.Smtp base = old != null ? old : new MailboxSettings.Smtp(null, null, MailSecurity.STARTTLS, null);
        MailSecurity security = value(c.security(), base.security());
        security = security == null ? MailSecurity.STARTTLS : security;
        Integer port = c.port().present() ? c.port().value()
                : followDefault(base.port(), base.security().smtpPort(), security.smtpPort());
        return new MailboxSettings.Smtp(value(c.host(), base.host()), port == null ? security.smtpPort() : port,
                security, value(c.username(), base.username()));
    }

    /** Addresses are kept lower-case (as mail compares them); a malformed one is left for {@link #check} to refuse. */
    private static String normalized(String address) {
        try {
            return address == null || address.isBlank() ? address : new EmailAddress(address).value();
        } catch (InvalidInputException e) {
            return address;
        }
    }

    /** A port left at the old default follows the new one when the protocol or security changes. */
    private static Integer followDefault(Integer old, int oldDefault, int newDefault) {
        return old == null || old == oldDefault ? newDefault : old;
    }

    private void check(MailboxSettings s, Long self, boolean hasPassword, InvalidInputException.Collector problems) {
        text("name", s.name(), 100, true, problems);
        if (s.address() == null || s.address().isBlank()) {
            problems.add("address", "error.field.required");
        } else {
            try {
                var address = EmailAddress.of("address", s.address());
                mailboxes.findByAddressIgnoreCase(address.value()).filter(m -> !m.id().equals(self))
                        .ifPresent(m -> problems.add("address", "error.mailbox.addressTaken"));
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
            }
        }
        host("host", s.host(), s.active(), problems);
        port("port", s.port(), problems);
        text("username", s.username(), 254, s.active(), problems);
        if (s.active() && !hasPassword) {
            problems.add("password", "error.field.required");
        }
        text("folder", s.folder(), 200, true, problems);
        if (s.groupId() != null && directory.group(s.groupId()).isEmpty()) {
            problems.add("group", "error.mailbox.groupNotFound");
        }
        if (s.pollIntervalSeconds() < MIN_POLL_INTERVAL || s.pollIntervalSeconds() > MAX_POLL_INTERVAL) {
            problems.add("pollIntervalSeconds", "error.mailbox.pollInterval", Integer.toString(MIN_POLL_INTERVAL),
                    Integer.toString(MAX_POLL_INTERVAL)); // as written, not "86,400"
        }
        if (s.smtp() != null) {
            host("smtp.host", s.smtp().host(), true, problems);
            port("smtp.port", s.smtp().port(), problems);
            text("smtp.username", s.smtp().username(), 254, false, problems);
        }
    }

    private static void host(String field, String host, boolean required, InvalidInputException.Collector problems) {
        if (host == null || host.isBlank()) {
            if (required) {
                problems.add(field, "error.field.required");
            }
        } else if (host.length() > 253) {
            problems.add(field, "error.field.tooLong", 253);
        } else if (!HOST.matcher(host).matches()) {
            problems.add(field, "error.mailbox.host");
        }
    }

    private static void port(String field, Integer port, InvalidInputException.Collector problems) {
        if (port != null && (port < 1 || port > 65_535)) {
            problems.add(field, "error.mailbox.port");
        }
    }

    private static void text(String field, String value, int max, boolean required,
            InvalidInputException.Collector problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "error.field.required");
            }
        } else if (value.length() > max) {
            problems.add(field, "error.field.tooLong", max);
        } else if (Texts.hasControlCharacters(value)) {
            problems.add(field, "error.field.control");
        }
    }

    /** A new password, or null to keep the old one; every character counts, so it is not trimmed. */
    private static String newPassword(String field, Change<String> password,
            InvalidInputException.Collector problems) {
        if (!password.present() || password.value() == null || password.value().isEmpty()) {
            return null;
        }
        if (password.value().length() > MAX_PASSWORD) {
            problems.add(field, "error.field.tooLong", MAX_PASSWORD);
        } else if (Texts.hasControlCharacters(password.value())) {
            problems.add(field, "error.field.control");
        }
        return password.value();
    }

    private String seal(String password) {
        return password == null ? null : secrets.encrypt(password);
    }

    private static <T> T value(Change<T> change, T old) {
        return change.present() ? change.value() : old;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
