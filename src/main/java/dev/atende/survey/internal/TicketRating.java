package dev.atende.survey.internal;

import dev.atende.survey.SurveyScale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest answer of a ticket's survey; a changed answer overwrites it and counts the update. */
@Entity
@Table(name = "ticket_ratings")
public class TicketRating {

    public static final int MAX_COMMENT = 2000;

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    private int score;
    private boolean good;
    private String comment;

    @Column(name = "rated_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP) // a plain UTC timestamp: the reporting module's contract
    private Instant ratedAt;

    @Column(name = "request_id")
    private long requestId;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "group_id")
    private Long groupId;

    private String scale;

    @Column(name = "first_rated_at")
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant firstRatedAt;

    private int updates;

    protected TicketRating() {
    }

    public TicketRating(SurveyRequest request, int score, String comment, Instant now) {
        this.ticketId = request.ticketId();
        this.firstRatedAt = now;
        rate(request, score, comment, now);
        this.updates = 0;
    }

    /** A new answer (of this or a later request of the ticket) replaces the last one. */
    public void rerate(SurveyRequest request, int score, String comment, Instant now) {
        rate(request, score, comment, now);
        updates++;
    }

    private void rate(SurveyRequest request, int score, String comment, Instant now) {
        SurveyScale scale = request.scale();
        if (!scale.allows(score)) {
            throw new IllegalArgumentException("score " + score + " is not on the " + scale.code() + " scale");
        }
        this.requestId = request.id();
        this.customerId = request.customerId();
        this.agentId = request.agentId();
        this.groupId = request.groupId();
        this.scale = scale.code();
        this.score = score;
        this.good = scale.isGood(score);
        this.comment = comment;
        this.ratedAt = now;
    }

    public long ticketId() {
        return ticketId;
    }

    public int score() {
        return score;
    }

    public boolean good() {
        return good;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public long requestId() {
        return requestId;
    }

    public long customerId() {
        return customerId;
    }

    public Long agentId() {
        return agentId;
    }

    public SurveyScale scale() {
        SurveyScale parsed = SurveyScale.fromCode(scale);
        return parsed == null ? SurveyScale.STARS : parsed;
    }

    public int updates() {
        return updates;
    }
}
