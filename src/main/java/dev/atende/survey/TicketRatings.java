package dev.atende.survey;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.survey.internal.RatingRecords;
import dev.atende.survey.internal.TicketRating;
import dev.atende.ticket.TicketManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings as the help desk reads them: a ticket's (for whoever may see the ticket), and the
 * summaries of an agent (the tickets they held when solved) and of a customer (for the team).
 */
@Service
@Transactional(readOnly = true)
public class TicketRatings {

    private final RatingRecords records;
    private final TicketManagement tickets;

    TicketRatings(RatingRecords records, TicketManagement tickets) {
        this.records = records;
        this.tickets = tickets;
    }

    /** The ticket's rating; a ticket the reader may not see is not found (404). */
    public Optional<Rating> ofTicket(Actor actor, long ticketId) {
        tickets.get(actor, ticketId);
        return records.findById(ticketId).map(TicketRatings::view);
    }

    /** The agent's ratings (staff only: customers never see how agents are rated). */
    public RatingSummary ofAgent(Actor actor, long agentId) {
        requireStaff(actor);
        return summary(records.summaryOfAgent(agentId));
    }

    public RatingSummary ofCustomer(Actor actor, long customerId) {
        requireStaff(actor);
        return summary(records.summaryOfCustomer(customerId));
    }

    /** The newest ratings of all tickets (admins), for the survey page. */
    public List<Rating> latest(Actor actor, int limit) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.survey.adminOnly");
        }
        return records.latest(PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream()
                .map(TicketRatings::view).toList();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static RatingSummary summary(List<Object[]> rows) {
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return new RatingSummary(0, 0);
        }
        Object[] row = rows.get(0);
        return new RatingSummary(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    static Rating view(TicketRating r) {
        return new Rating(r.ticketId(), r.score(), r.good(), r.comment(), r.ratedAt(), r.scale(), r.updates(),
                r.customerId(), r.agentId());
    }
}
