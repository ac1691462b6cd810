package dev.atende.channel.email.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface InboundMails extends ListCrudRepository<InboundMail, Long> {

    Optional<InboundMail> findByDedupKey(String dedupKey);

    /** The mail, locked: two nodes or threads never process the same mail at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from InboundMail m where m.id = :id")
    Optional<InboundMail> findForUpdate(@Param("id") long id);

    @Query("select m from InboundMail m where m.status = 'failed' order by m.id desc")
    List<InboundMail> failed(Pageable page);

    @Query("select count(m) from InboundMail m where m.status = 'failed'")
    long countFailed();

    /** Mails stored but never processed (the server stopped in between), oldest first. */
    @Query("select m.id from InboundMail m where m.status = 'pending' and m.receivedAt < :before order by m.id")
    List<Long> pendingSince(@Param("before") Instant before, Pageable page);
}
