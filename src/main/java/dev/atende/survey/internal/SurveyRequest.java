package dev.atende.survey.internal;

import dev.atende.survey.SurveyScale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A survey offered to a ticket's customer when it was solved: its link's token (hashed to find
 * it, sealed to show it again), the scale it asks on, who held the ticket, and until when it
 * may be answered. The first answer shortens that to the change window; later answers update.
 */
@Entity
@Table(name = "survey_requests")
public class SurveyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "sent_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP) // a plain UTC timestamp: the reporting module's contract
    private Instant sentAt;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_sealed")
    private String tokenSealed;

    private String scale;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "expires_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant expiresAt;

    @Column(name = "first_answered_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant firstAnsweredAt;

    private int answers;

    @Version
    private long version;

    protected SurveyRequest() {
    }

    public SurveyRequest(long ticketId, long customerId, Long agentId, Long groupId, SurveyScale scale,
            String tokenHash, String tokenSealed, Instant now, Duration validFor) {
        this.ticketId = ticketId;
        this.customerId = customerId;
        this.agentId = agentId;
        this.groupId = groupId;
        this.scale = scale.code();
        this.tokenHash = tokenHash;
        this.tokenSealed = tokenSealed;
        this.sentAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Notes an answer; the first one leaves {@code changeWindow} to change it, then the link expires. */
    public boolean answered(Instant now, Duration changeWindow) {
        answers++;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
            Instant end = now.plus(changeWindow);
            if (end.isBefore(expiresAt)) {
                expiresAt = end;
            }
            return false;
        }
        return true;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public long customerId() {
        return customerId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String tokenSealed() {
        return tokenSealed;
    }

    public SurveyScale scale() {
        SurveyScale parsed = SurveyScale.fromCode(scale);
        return parsed == null ? SurveyScale.STARS : parsed;
    }

    public Long agentId() {
        return agentId;
    }

    public Long groupId() {
        return groupId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant firstAnsweredAt() {
        return firstAnsweredAt;
    }

    public int answers() {
        return answers;
    }
}
