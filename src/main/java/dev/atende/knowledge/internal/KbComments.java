package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbComment;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface KbComments extends ListCrudRepository<KbComment, Long> {

    List<KbComment> findByArticleIdOrderById(long articleId);

    List<KbComment> findByArticleIdAndStatusOrderById(long articleId, String status);

    List<KbComment> findTop100ByStatusOrderById(String status);
}
