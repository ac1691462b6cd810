package dev.atende.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All customer organizations. */
public interface Organizations extends ListCrudRepository<Organization, Long> {

    Optional<Organization> findByNameIgnoreCase(String name);

    @Query("select o from Organization o join o.domains d where d = :domain")
    Optional<Organization> findByDomain(@Param("domain") String domain);

    java.util.List<Organization> findAllByOrderByNameAsc();
}
