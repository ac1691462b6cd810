package dev.atende.ticket.internal;

import dev.atende.ticket.TicketLink;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface Links extends ListCrudRepository<TicketLink, Long> {

    /** Every link of the ticket, from either side, oldest first. */
    @Query("select l from TicketLink l where l.ticketId = :ticket or l.otherTicketId = :ticket order by l.id")
    List<TicketLink> ofTicket(@Param("ticket") long ticketId);

    /** The link between two tickets, whichever side stores it. */
    @Query("select count(l) > 0 from TicketLink l where (l.ticketId = :a and l.otherTicketId = :b)"
            + " or (l.ticketId = :b and l.otherTicketId = :a)")
    boolean existsBetween(@Param("a") long a, @Param("b") long b);
}
