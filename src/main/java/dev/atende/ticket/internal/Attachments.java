package dev.atende.ticket.internal;

import dev.atende.ticket.Attachment;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Attachments extends ListCrudRepository<Attachment, Long> {

    List<Attachment> findByArticleIdInOrderByIdAsc(Collection<Long> articleIds);
}
