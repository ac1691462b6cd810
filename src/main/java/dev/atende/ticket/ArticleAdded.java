package dev.atende.ticket;

/** A reply or note was added to a ticket. */
public record ArticleAdded(long ticketId, long articleId, ArticleSender sender, boolean internal, Channel channel) {
}
