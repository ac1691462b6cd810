package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionCheck;
import dev.atende.channel.email.ConnectionStage;
import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.Mailbox;
import dev.atende.shared.SecretBox;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Opens a configured mailbox through the driver of its protocol, and tries one out for an admin. */
@Component
public class MailboxConnections {

    private static final Logger log = LoggerFactory.getLogger(MailboxConnections.class);

    private final Map<MailProtocol, MailboxDriver> drivers = new EnumMap<>(MailProtocol.class);
    private final SecretBox secrets;

    MailboxConnections(List<MailboxDriver> drivers, SecretBox secrets) {
        drivers.forEach(driver -> this.drivers.put(driver.protocol(), driver));
        this.secrets = secrets;
    }

    /** Connects, signs in and opens the folder, then tells how many messages wait there. */
    public ConnectionCheck check(Mailbox mailbox) {
        try (RemoteFolder folder = open(mailbox)) {
            int waiting = folder.count();
            return ConnectionCheck.passed("mail.check.ok", mailbox.host(), waiting, folderName(mailbox));
        } catch (MailboxFailure e) {
            log.info("Test of mailbox {} failed at {}: {}", mailbox.id(), e.stage().code(), e.getMessage());
            return e.asCheck();
        }
    }

    RemoteFolder open(Mailbox mailbox) throws MailboxFailure {
        return drivers.get(mailbox.protocol()).open(access(mailbox));
    }

    static String folderName(Mailbox mailbox) {
        return mailbox.protocol() == MailProtocol.POP3 ? "INBOX" : mailbox.folder();
    }

    private MailboxAccess access(Mailbox mailbox) throws MailboxFailure {
        if (mailbox.host() == null || mailbox.port() == null) {
            throw new MailboxFailure(ConnectionStage.DNS, "mail.check.noHost");
        }
        if (!mailbox.hasPassword() || mailbox.username() == null) {
            throw new MailboxFailure(ConnectionStage.LOGIN, "mail.check.noPassword");
        }
        String password;
        try {
            password = secrets.decrypt(mailbox.sealedPassword());
        } catch (SecretBox.Unreadable e) {
            throw new MailboxFailure(ConnectionStage.LOGIN, e, "mail.check.passwordUnreadable");
        }
        return new MailboxAccess(mailbox.protocol(), mailbox.security(), mailbox.host(), mailbox.port(),
                mailbox.username(), password, folderName(mailbox));
    }
}
