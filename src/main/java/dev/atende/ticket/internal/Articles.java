package dev.atende.ticket.internal;

import dev.atende.ticket.Article;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Articles extends ListCrudRepository<Article, Long> {

    List<Article> findByTicketIdOrderByIdAsc(long ticketId);

    List<Article> findByTicketIdAndInternalFalseOrderByIdAsc(long ticketId);
}
