package dev.atende.sla.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface TicketSlaRecords extends ListCrudRepository<TicketSla, Long> {

    /** The row locked for this transaction: the tracker and the checker never overwrite each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TicketSla s where s.ticketId = :id")
    Optional<TicketSla> lock(@Param("id") long ticketId);

    @Query("select s.ticketId from TicketSla s where s.nextCheckAt <= :now order by s.nextCheckAt, s.ticketId")
    List<Long> dueForCheck(@Param("now") Instant now, Pageable page);

    List<TicketSla> findByTicketIdIn(Collection<Long> ticketIds);
}
