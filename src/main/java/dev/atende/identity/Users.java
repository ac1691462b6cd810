package dev.atende.identity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All users. */
public interface Users extends ListCrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByRoleAndActiveTrueAndIdNot(Role role, Long id);

    @Query("""
            select u from User u
            where (:role is null or u.role = :role)
              and (:q is null or lower(u.email) like :q or lower(u.name) like :q)
              and (:organizationId is null or u.organizationId = :organizationId)
            order by u.name, u.id""")
    Page<User> search(@Param("role") Role role, @Param("q") String likePattern,
            @Param("organizationId") Long organizationId, Pageable pageable);

    @Query("select u from User u join u.groupIds g where g = :groupId and u.active = true order by u.name")
    java.util.List<User> activeMembersOf(@Param("groupId") long groupId);
}
