package dev.atende.channel.email.internal.outbound;

import dev.atende.ticket.Attachment;
import dev.atende.ticket.TicketIntake;
import jakarta.activation.FileTypeMap;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, a few seconds after it was queued. Each mail is claimed with an
 * atomic update, so nodes never send the same mail twice at once; a claim left by a node that
 * stopped mid-send expires and the mail is tried again.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final long NO_MAILBOX = -1;

    private final OutboundMails mails;
    private final SmtpRoutes routes;
    private final TicketIntake tickets;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String fromName;

    private final dev.atende.channel.email.internal.MailMetrics metrics;

    OutboxSender(OutboundMails mails, SmtpRoutes routes, TicketIntake tickets,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${atende.mail.from-name:Atende}") String fromName,
            dev.atende.channel.email.internal.MailMetrics metrics) {
        this.metrics = metrics;
        this.mails = mails;
        this.routes = routes;
        this.tickets = tickets;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.fromName = fromName;
    }

    @Scheduled(fixedDelayString = "${atende.mail.outbox-interval:PT5S}", initialDelayString = "PT5S")
    void sendDue() {
        transactions.executeWithoutResult(tx -> mails.releaseExpiredClaims(clock.instant()));
        List<Long> due = mails.due(clock.instant(), PageRequest.of(0, 100));
        Map<Long, List<OutboundMail>> byMailbox = new LinkedHashMap<>();
        for (Long id : due) {
            Integer claimed = transactions.execute(tx -> mails.claim(id, clock.instant().plus(CLAIM)));
            if (claimed != null && claimed == 1) {
                OutboundMail mail = mails.findById(id).orElseThrow();
                byMailbox.computeIfAbsent(mail.mailboxId() == null ? NO_MAILBOX : mail.mailboxId(),
                        k -> new ArrayList<>()).add(mail);
            }
        }
        byMailbox.forEach((mailboxId, batch) -> send(mailboxId == NO_MAILBOX ? null : mailboxId, batch));
    }

    /** Sends one mailbox's mails over one SMTP connection, then records each mail's outcome. */
    private void send(Long mailboxId, List<OutboundMail> batch) {
        JavaMailSender sender = routes.forMailbox(mailboxId).orElse(null);
        Map<Long, String> failures = new HashMap<>();
        if (sender == null) {
            batch.forEach(mail -> failures.put(mail.id(), "No SMTP server is configured (on the mailbox, or spring.mail.host)"));
        } else {
            Map<MimeMessage, Long> built = new IdentityHashMap<>();
            for (OutboundMail mail : batch) {
                try {
                    built.put(message(sender, mail), mail.id());
                } catch (Exception e) {
                    failures.put(mail.id(), describe(e));
                }
            }
            try {
                sender.send(built.keySet().toArray(new MimeMessage[0]));
            } catch (MailSendException e) {
                // per message when the server refused some; none listed = sent, closing failed
                e.getFailedMessages().forEach((message, cause) -> failures.put(built.get(message), describe(cause)));
            } catch (Exception e) {
                built.values().forEach(id -> failures.put(id, describe(e)));
            }
        }
        transactions.executeWithoutResult(tx -> {
            for (OutboundMail mail : batch) {
                OutboundMail current = mails.findById(mail.id()).orElseThrow();
                String failure = failures.get(mail.id());
                if (failure == null) {
                    current.sent(clock.instant());
                } else {
                    current.attemptFailed(failure, clock.instant());
                    log.warn("Sending mail {} (ticket {}) failed, attempt {}: {}", current.id(), current.ticketId(),
                            current.attempts(), failure);
                }
                mails.save(current);
            }
        });
        metrics.sent(batch.size() - failures.size());
        metrics.sendFailed(failures.size());
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private MimeMessage message(JavaMailSender sender, OutboundMail mail) throws Exception {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + mail.messageId() + ">"); // ours, remembered for threading
            }
        };
        List<Attachment> files = mail.articleId() == null ? List.of() : tickets.attachments(mail.articleId());
        var helper = new SharedTypesMessageHelper(message);
        helper.setFrom(new InternetAddress(mail.from(), fromName, "UTF-8"));
        helper.setTo(InternetAddress.parse(mail.to()));
        if (mail.cc() != null) {
            helper.setCc(InternetAddress.parse(mail.cc()));
        }
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (Attachment file : files) {
            try (InputStream in = tickets.open(file)) {
                helper.addAttachment(file.filename(), new ByteArrayResource(in.readAllBytes()), file.contentType());
            }
        }
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
        }
        if (mail.references() != null) {
            message.setHeader("References", "<" + String.join("> <", mail.references().split(" ")) + ">");
        }
        if (mail.autoSubmitted()) {
            message.setHeader("Auto-Submitted", "auto-replied");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }

    /**
     * A helper that shares one file-type map: Spring's own builds a new one (reading
     * {@code mime.types} from the jars) for every message it did not create itself.
     */
    private static final class SharedTypesMessageHelper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = loadTypes();

        SharedTypesMessageHelper(MimeMessage message) throws jakarta.mail.MessagingException {
            super(message, true, "UTF-8");
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TYPES;
        }

        private static FileTypeMap loadTypes() {
            var types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }
}
