package dev.atende.ticket.internal;

import dev.atende.ticket.Article;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Articles extends ListCrudRepository<Article, Long> {

    List<Article> findByTicketIdOrderByIdAsc(long ticketId);

    List<Article> findByTicketIdAndInternalFalseOrderByIdAsc(long ticketId);

    java.util.Optional<Article> findFirstByTicketIdOrderByIdAsc(long ticketId);

    /** Per ticket, when its customer last wrote: rows of ticket id and time. */
    @org.springframework.data.jpa.repository.Query("select a.ticketId, max(a.createdAt) from Article a "
            + "where a.ticketId in :ids and a.sender = :sender group by a.ticketId")
    List<Object[]> lastMessagesBy(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids,
            @org.springframework.data.repository.query.Param("sender") dev.atende.ticket.ArticleSender sender);
}
