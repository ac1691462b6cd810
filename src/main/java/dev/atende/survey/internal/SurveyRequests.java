package dev.atende.survey.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface SurveyRequests extends ListCrudRepository<SurveyRequest, Long> {

    Optional<SurveyRequest> findByTokenHash(String tokenHash);

    /** Locked for the answer: two answers sent at once are stored one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SurveyRequest r where r.tokenHash = :hash")
    Optional<SurveyRequest> lockByTokenHash(@Param("hash") String tokenHash);

    /** The ticket's newest request. */
    Optional<SurveyRequest> findFirstByTicketIdOrderBySentAtDescIdDesc(long ticketId);

    /** Whether this customer was asked since then (the "once every N days" rule). */
    boolean existsByCustomerIdAndSentAtAfter(long customerId, Instant since);
}
