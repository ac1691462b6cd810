package dev.atende.ticket;

/**
 * A reply or note was added to a ticket. {@code origin} names what wrote it when no person
 * did (e.g. {@code "trigger:3"}), else null.
 */
public record ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel,
        String origin) {

    public ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel) {
        this(ticketId, articleId, sender, internal, channel, null);
    }
}
