package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbCategory;
import org.springframework.data.repository.ListCrudRepository;

public interface KbCategories extends ListCrudRepository<KbCategory, Long> {

    boolean existsByParentId(long parentId);
}
