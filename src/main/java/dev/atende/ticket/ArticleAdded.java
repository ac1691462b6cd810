package dev.atende.ticket;

/**
 * A reply or note was added to a ticket. {@code origin} names what wrote it when no person
 * did (e.g. {@code "trigger:3"}), else null. {@code opening}: the request the ticket was opened
 * with, written with the ticket itself (its creation, not an answer nor a further message).
 */
public record ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel,
        String origin, boolean opening) {

    public ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel) {
        this(ticketId, articleId, sender, internal, channel, null, false);
    }

    public ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel,
            String origin) {
        this(ticketId, articleId, sender, internal, channel, origin, false);
    }
}
