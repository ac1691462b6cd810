package dev.atende.channel.email.internal.outbound;

import dev.atende.channel.email.MailSecurity;
import dev.atende.channel.email.MailboxSettings;
import dev.atende.channel.email.internal.polling.Mailboxes;
import dev.atende.shared.SecretBox;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Which SMTP server sends a mail: the one configured on the ticket's mailbox, else the global
 * one ({@code spring.mail.*}); empty when neither exists (the mail then waits in the outbox).
 */
@Component
class SmtpRoutes {

    private final Mailboxes mailboxes;
    private final SecretBox secrets;
    private final ObjectProvider<JavaMailSender> global;

    SmtpRoutes(Mailboxes mailboxes, SecretBox secrets, ObjectProvider<JavaMailSender> global) {
        this.mailboxes = mailboxes;
        this.secrets = secrets;
        this.global = global;
    }

    Optional<JavaMailSender> forMailbox(Long mailboxId) {
        var own = mailboxId == null ? Optional.<JavaMailSender>empty()
                : mailboxes.findById(mailboxId).filter(m -> m.settings().smtp() != null
                        && m.settings().smtp().host() != null)
                        .map(m -> sender(m.settings().smtp(), m.hasSmtpPassword() ? secrets.decrypt(m.sealedSmtpPassword())
                                : null));
        return own.isPresent() ? own : Optional.ofNullable(global.getIfAvailable());
    }

    private static JavaMailSender sender(MailboxSettings.Smtp smtp, String password) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        MailSecurity security = smtp.security() == null ? MailSecurity.STARTTLS : smtp.security();
        int port = smtp.port() != null ? smtp.port() : security == MailSecurity.TLS ? 465 : 587;
        sender.setPort(port);
        sender.setUsername(smtp.username());
        sender.setPassword(password);
        sender.setDefaultEncoding("UTF-8");
        Properties props = new Properties();
        props.setProperty("mail.smtp.auth", Boolean.toString(smtp.username() != null));
        props.setProperty("mail.smtp.connectiontimeout", "10000");
        props.setProperty("mail.smtp.timeout", "30000");
        props.setProperty("mail.smtp.writetimeout", "30000");
        if (security == MailSecurity.TLS) {
            sender.setProtocol("smtps");
            props.setProperty("mail.smtps.ssl.checkserveridentity", "true");
        } else if (security == MailSecurity.STARTTLS) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
            props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        sender.setJavaMailProperties(props);
        return sender;
    }
}
