package dev.atende.channel.email.internal.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail to send, written in the transaction of the change that causes it and sent after
 * commit: a crash between commit and send sends it later, never drops it. A failed attempt
 * waits longer each time (1, 2, 4... minutes, at most an hour) until it is given up.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboundMail {

    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "mailbox_id")
    private Long mailboxId;

    @Column(name = "from_address")
    private String from;

    @Column(name = "to_addresses")
    private String to;

    @Column(name = "cc_addresses")
    private String cc;

    private String subject;

    @Column(name = "body_text", columnDefinition = "text")
    private String text;

    @Column(name = "body_html", columnDefinition = "text")
    private String html;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "in_reply_to")
    private String inReplyTo;

    @Column(name = "reference_ids")
    private String references;

    @Column(name = "auto_submitted")
    private boolean autoSubmitted;

    /** The one recipient of an automatic mail, for the rate limit; null otherwise. */
    @Column(name = "auto_reply_to")
    private String autoReplyTo;

    private String status;
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMail() {
    }

    OutboundMail(Draft draft, String messageId, Instant now) {
        this.kind = draft.kind().code();
        this.ticketId = draft.ticketId();
        this.articleId = draft.articleId();
        this.mailboxId = draft.mailboxId();
        this.from = draft.from();
        this.to = String.join(", ", draft.to());
        this.cc = draft.cc().isEmpty() ? null : String.join(", ", draft.cc());
        this.subject = draft.subject();
        this.text = draft.text();
        this.html = draft.html();
        this.messageId = messageId;
        this.inReplyTo = draft.inReplyTo();
        this.references = draft.references().isEmpty() ? null : String.join(" ", draft.references());
        this.autoSubmitted = draft.kind().automatic();
        this.autoReplyTo = autoSubmitted && draft.to().size() == 1 && draft.to().get(0).length() <= 254
                ? draft.to().get(0) : null;
        this.status = "pending";
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = "sent";
        sentAt = now;
        attempts++;
        lastError = null;
    }

    void attemptFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = "failed";
        } else {
            status = "pending";
            long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    public Long id() {
        return id;
    }

    public Long mailboxId() {
        return mailboxId;
    }

    public String kind() {
        return kind;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long articleId() {
        return articleId;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String cc() {
        return cc;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public String messageId() {
        return messageId;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public String references() {
        return references;
    }

    public boolean autoSubmitted() {
        return autoSubmitted;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
