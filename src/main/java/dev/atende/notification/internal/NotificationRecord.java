package dev.atende.notification.internal;

import dev.atende.notification.NotificationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored notice: who it is for, what happened on which ticket, who did it, and when it was read. */
@Entity
@Table(name = "notifications")
public class NotificationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    private String kind;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "article_id")
    private Long articleId;

    private String detail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationRecord() {
    }

    public NotificationRecord(long recipientId, NotificationKind kind, long ticketId, Long actorId, Long articleId,
            String detail, Instant now) {
        this.recipientId = recipientId;
        this.kind = kind.code();
        this.ticketId = ticketId;
        this.actorId = actorId;
        this.articleId = articleId;
        this.detail = detail;
        this.createdAt = now;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public NotificationKind kind() {
        return NotificationKind.fromCode(kind);
    }

    public long ticketId() {
        return ticketId;
    }

    public Long actorId() {
        return actorId;
    }

    public Long articleId() {
        return articleId;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
