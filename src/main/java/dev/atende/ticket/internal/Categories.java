package dev.atende.ticket.internal;

import dev.atende.ticket.Category;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Categories extends ListCrudRepository<Category, Long> {

    List<Category> findAllByOrderByNameAsc();

    boolean existsByParentId(Long parentId);
}
