package dev.atende.survey.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface RatingRecords extends ListCrudRepository<TicketRating, Long> {

    /** [count, good count] of the ratings of tickets this agent held when they were solved. */
    @Query("select count(r), coalesce(sum(case when r.good = true then 1 else 0 end), 0) from TicketRating r "
            + "where r.agentId = :id")
    List<Object[]> summaryOfAgent(@Param("id") long agentId);

    @Query("select count(r), coalesce(sum(case when r.good = true then 1 else 0 end), 0) from TicketRating r "
            + "where r.customerId = :id")
    List<Object[]> summaryOfCustomer(@Param("id") long customerId);

    @Query("select r from TicketRating r order by r.ratedAt desc, r.ticketId desc")
    List<TicketRating> latest(Pageable page);
}
