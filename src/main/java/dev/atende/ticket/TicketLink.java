package dev.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A relation between two tickets, stored once: {@code ticketId} is {@code kind} (related to, a
 * duplicate of, a child of) {@code otherTicketId}. Each ticket shows it from its own side.
 */
@Entity
@Table(name = "ticket_links")
public class TicketLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "other_ticket_id")
    private long otherTicketId;

    private String kind;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TicketLink() {
    }

    /** {@code from} is {@code kind} {@code to}; stored from whichever side keeps a stored kind. */
    TicketLink(long from, LinkKind kind, long to, Long createdBy, Instant createdAt) {
        boolean asIs = kind.stored();
        this.ticketId = asIs ? from : to;
        this.otherTicketId = asIs ? to : from;
        this.kind = (asIs ? kind : kind.reverse()).code();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    /** The other ticket, seen from {@code ticketId}'s side. */
    public long otherThan(long ticket) {
        return ticket == this.ticketId ? otherTicketId : this.ticketId;
    }

    /** The relation read from {@code ticket}'s side (one of the two tickets of the link). */
    public LinkKind kindFrom(long ticket) {
        LinkKind stored = LinkKind.fromCode(kind);
        return ticket == this.ticketId ? stored : stored.reverse();
    }

    public boolean concerns(long ticket) {
        return ticket == ticketId || ticket == otherTicketId;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
