package dev.atende.ticket;

import dev.atende.ticket.internal.EnumCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message on a ticket: a public reply the customer sees, or an internal note for the team. */
@Entity
@Table(name = "articles")
public class Article {

    public static final String PLAIN = "text/plain";
    public static final String HTML = "text/html";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "author_id")
    private Long authorId;

    @Convert(converter = EnumCodes.SenderColumn.class)
    private ArticleSender sender;

    private boolean internal;

    @Column(name = "content_type")
    private String contentType;

    @Column(columnDefinition = "text")
    private String body;

    @Convert(converter = EnumCodes.ChannelColumn.class)
    private Channel channel;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Where a copy of a merged ticket's article came from (id and number of that ticket); else null. */
    @Column(name = "merged_from_ticket_id")
    private Long mergedFromTicketId;

    @Column(name = "merged_from_number")
    private Long mergedFromNumber;

    protected Article() {
    }

    Article(long ticketId, Long authorId, ArticleSender sender, boolean internal, String contentType, String body,
            Channel channel, Instant createdAt) {
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.sender = sender;
        this.internal = internal;
        this.contentType = contentType;
        this.body = body;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    /**
     * A copy of {@code original} on {@code target}, marked as coming from {@code source}. It keeps
     * the author, sender, channel and time; {@code internal} may hide it from the target's
     * customer (when the merged ticket was another customer's).
     */
    static Article copyOf(Article original, Ticket source, long targetId, boolean internal) {
        var copy = new Article(targetId, original.authorId, original.sender, internal, original.contentType,
                original.body, original.channel, original.createdAt);
        copy.mergedFromTicketId = source.id();
        copy.mergedFromNumber = source.number();
        return copy;
    }

    public Long mergedFromTicketId() {
        return mergedFromTicketId;
    }

    /** The number of the merged ticket this article was copied from, or null. */
    public Long mergedFromNumber() {
        return mergedFromNumber;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public Long authorId() {
        return authorId;
    }

    public ArticleSender sender() {
        return sender;
    }

    public boolean isInternal() {
        return internal;
    }

    public String contentType() {
        return contentType;
    }

    public String body() {
        return body;
    }

    public Channel channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
