package dev.atende.channel.email.internal.outbound;

import dev.atende.ticket.Attachment;
import dev.atende.ticket.TicketIntake;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
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

    private final OutboundMails mails;
    private final SmtpRoutes routes;
    private final TicketIntake tickets;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String fromName;

    OutboxSender(OutboundMails mails, SmtpRoutes routes, TicketIntake tickets,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${atende.mail.from-name:Atende}") String fromName) {
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
        for (Long id : due) {
            Integer claimed = transactions.execute(tx -> mails.claim(id, clock.instant().plus(CLAIM)));
            if (claimed != null && claimed == 1) {
                send(id);
            }
        }
    }

    private void send(long id) {
        OutboundMail mail = mails.findById(id).orElseThrow();
        JavaMailSender sender = routes.forMailbox(mail.mailboxId()).orElse(null);
        String error = null;
        if (sender == null) {
            error = "No SMTP server is configured (on the mailbox, or spring.mail.host)";
        } else {
            try {
                sender.send(message(sender, mail));
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        String failure = error;
        transactions.executeWithoutResult(tx -> {
            OutboundMail current = mails.findById(id).orElseThrow();
            if (failure == null) {
                current.sent(clock.instant());
            } else {
                current.attemptFailed(failure, clock.instant());
                log.warn("Sending mail {} (ticket {}) failed, attempt {}: {}", id, current.ticketId(),
                        current.attempts(), failure);
            }
            mails.save(current);
        });
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
        var helper = new MimeMessageHelper(message, true, "UTF-8");
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
}
