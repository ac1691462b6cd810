package dev.atende.channel.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One received e-mail, stored raw before anything is done with it. It stays pending until the
 * transaction that turned it into a ticket or article marks it processed; a failure keeps it
 * with its error for an admin to retry or download.
 */
@Entity
@Table(name = "mail_inbound")
public class InboundMail {

    public enum Status { PENDING, PROCESSED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mailbox_id")
    private Long mailboxId;

    private String source;

    @Column(name = "remote_uid")
    private String remoteUid;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "blob_key")
    private String blobKey;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String status;
    private String result;
    private String reason;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "article_id")
    private Long articleId;

    private String error;
    private int attempts;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboundMail() {
    }

    InboundMail(Long mailboxId, String source, String remoteUid, String messageId, String dedupKey, String blobKey,
            long size, Instant receivedAt) {
        this.mailboxId = mailboxId;
        this.source = source;
        this.remoteUid = remoteUid;
        this.messageId = messageId;
        this.dedupKey = dedupKey;
        this.blobKey = blobKey;
        this.size = size;
        this.receivedAt = receivedAt;
        this.status = "pending";
    }

    void processed(String result, String reason, Long ticketId, Long articleId, Instant now) {
        this.status = "processed";
        this.result = result;
        this.reason = reason;
        this.ticketId = ticketId;
        this.articleId = articleId;
        this.error = null;
        this.attempts++;
        this.processedAt = now;
    }

    void failed(String error, Instant now) {
        this.status = "failed";
        this.result = "failed";
        this.error = error == null ? null : error.length() > 4000 ? error.substring(0, 4000) : error;
        this.attempts++;
        this.processedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long mailboxId() {
        return mailboxId;
    }

    public String source() {
        return source;
    }

    public String remoteUid() {
        return remoteUid;
    }

    public String messageId() {
        return messageId;
    }

    public String blobKey() {
        return blobKey;
    }

    public long size() {
        return size;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase());
    }

    public String result() {
        return result;
    }

    public String reason() {
        return reason;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long articleId() {
        return articleId;
    }

    public String error() {
        return error;
    }

    public int attempts() {
        return attempts;
    }
}
