package dev.atende.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccountLinks extends ListCrudRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    /** Uses the link: 1 for the one request that gets it, 0 when another used it first. */
    @Modifying
    @Query("update AccountLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Every other link still open for this address stops working (a reset makes older links useless). */
    @Modifying
    @Query("update AccountLink l set l.usedAt = :now where l.email = :email and l.usedAt is null")
    int closeAllFor(@Param("email") String email, @Param("now") Instant now);
}
