package dev.atende.ticket.internal;

import dev.atende.ticket.Ticket;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Tickets extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(long number);

    @Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
    long nextNumber();
}
