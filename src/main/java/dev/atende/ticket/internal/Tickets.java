package dev.atende.ticket.internal;

import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Tickets extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(long number);

    long countByCategoryId(Long categoryId);

    @Query("""
            select t.assigneeId, count(t) from Ticket t
            where t.assigneeId in :agents and t.status in :statuses group by t.assigneeId""")
    List<Object[]> countAssigned(@Param("agents") Collection<Long> agentIds,
            @Param("statuses") Collection<TicketStatus> statuses);

    @Query("""
            select t.id from Ticket t
            where t.groupId = :group and t.assigneeId is null and t.status in :statuses order by t.createdAt, t.id""")
    List<Long> findWaiting(@Param("group") long groupId,
            @Param("statuses") Collection<TicketStatus> statuses,
            Limit limit);

    /**
     * The ticket, locked until the transaction ends: writers of one ticket (replies, field
     * changes) queue up instead of failing each other with a version conflict.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> findForUpdate(@Param("id") long id);

    /** Tickets not closed, in id order after {@code afterId}: a batch of a sweep over all of them. */
    @Query("select t from Ticket t where t.id > :afterId and t.status <> :closed "
            + "order by t.id")
    List<Ticket> notInStatusAfter(@Param("afterId") long afterId, @Param("closed") dev.atende.ticket.TicketStatus closed,
            org.springframework.data.domain.Limit limit);

    @Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
    long nextNumber();
}
