package dev.atende.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** All support groups. */
public interface Groups extends ListCrudRepository<Group, Long> {

    Optional<Group> findByNameIgnoreCase(String name);

    List<Group> findAllByOrderByLevelAscNameAsc();

    List<Group> findByEscalatesToId(Long groupId);

    Optional<Group> findFirstByOrderByLevelAscNameAsc();

    /** Where new tickets land unless routed elsewhere: the first group of the lowest level. */
    default Optional<Group> entryGroup() {
        return findFirstByOrderByLevelAscNameAsc();
    }
}
