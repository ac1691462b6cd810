package dev.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a ticket: which field, from what, to what, who, when. Never changed later. */
@Entity
@Table(name = "ticket_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "actor_id")
    private Long actorId;

    private String field;

    @Column(name = "old_value")
    private String from;

    @Column(name = "new_value")
    private String to;

    @Column(name = "created_at")
    private Instant at;

    private String note;

    protected HistoryEntry() {
    }

    HistoryEntry(long ticketId, Long actorId, FieldChange change, Instant at) {
        this.ticketId = ticketId;
        this.actorId = actorId;
        this.field = change.field();
        this.from = clip(change.from());
        this.to = clip(change.to());
        this.note = clip(change.note());
        this.at = at;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public Long actorId() {
        return actorId;
    }

    public String field() {
        return field;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public Instant at() {
        return at;
    }

    /** Why the change was made, when someone said (an escalation's reason); else null. */
    public String note() {
        return note;
    }
}
