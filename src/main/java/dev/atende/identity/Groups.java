package dev.atende.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** All support groups. */
public interface Groups extends ListCrudRepository<Group, Long> {

    Optional<Group> findByNameIgnoreCase(String name);

    List<Group> findAllByOrderByLevelAscNameAsc();

    List<Group> findByEscalatesToId(Long groupId);

    Optional<Group> findFirstByOrderByLevelAscIdAsc();

    /**
     * Where new tickets land unless routed elsewhere: the oldest group of the lowest level (L1 as
     * installed). Not the first by name, which let any group created later at level 1 with a name
     * sorting before it ("Atendimento") silently capture every new ticket.
     */
    default Optional<Group> entryGroup() {
        return findFirstByOrderByLevelAscIdAsc();
    }
}
