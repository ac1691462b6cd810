package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbAttachment;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface KbAttachmentRecords extends ListCrudRepository<KbAttachment, Long> {

    List<KbAttachment> findByArticleIdOrderById(long articleId);

    List<KbAttachment> findByIdInAndArticleIdIsNull(Collection<Long> ids);
}
