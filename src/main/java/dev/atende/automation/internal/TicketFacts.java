package dev.atende.automation.internal;

import dev.atende.identity.User;
import dev.atende.survey.TicketRated;
import dev.atende.ticket.Article;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Ticket;
import java.time.Instant;
import java.util.List;

/**
 * What conditions are tested against: the ticket now, its customer, the article of the event
 * (if any), the fields the event changed, the time it is, when the customer last wrote, and
 * the rating of a {@code ticket.rated} event (else null).
 */
public record TicketFacts(Ticket ticket, User customer, Article article, List<FieldChange> changes, Instant now,
        Instant lastCustomerMessage, TicketRated rating) {

    public TicketFacts(Ticket ticket, User customer, Article article, List<FieldChange> changes, Instant now,
            Instant lastCustomerMessage) {
        this(ticket, customer, article, changes, now, lastCustomerMessage, null);
    }
}
