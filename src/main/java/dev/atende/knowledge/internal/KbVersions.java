package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbArticleVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface KbVersions extends ListCrudRepository<KbArticleVersion, Long> {

    List<KbArticleVersion> findByArticleIdOrderByRevisionDesc(long articleId);

    Optional<KbArticleVersion> findByArticleIdAndRevision(long articleId, int revision);
}
