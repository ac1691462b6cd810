package dev.atende.ticket;

import dev.atende.ticket.internal.Articles;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes Atende makes by itself (triggers, scheduled rules): there is no person to check, the
 * history records no actor, and the events carry an {@code origin} (e.g. {@code "trigger:3"}) so
 * that automation can tell its own changes apart. For trusted automation code, never for a
 * controller.
 */
@Service
@Transactional
public class TicketAutomation {

    private final Tickets tickets;
    private final Articles articles;
    private final TicketManagement management;
    private final ArticleManagement articleManagement;
    private final Clock clock;

    TicketAutomation(Tickets tickets, Articles articles, TicketManagement management,
            ArticleManagement articleManagement, Clock clock) {
        this.tickets = tickets;
        this.articles = articles;
        this.management = management;
        this.articleManagement = articleManagement;
        this.clock = clock;
    }

    /** Applies the changes with the same rules as a person's (allowed moves, assignable agents...). */
    public Ticket update(long ticketId, TicketChanges changes, String origin) {
        Ticket ticket = tickets.findForUpdate(ticketId).orElseThrow(() -> new IllegalStateException(
                "ticket " + ticketId + " is gone"));
        return management.apply(null, ticket, changes, origin);
    }

    /** An internal note from Atende for the team. */
    public Article note(long ticketId, String text, String origin) {
        return write(ticketId, text, true, origin);
    }

    /**
     * A public reply from Atende (an automatic answer); the customer's channel sends it. It is
     * not the team's first response and does not open the ticket.
     */
    public Article reply(long ticketId, String text, String origin) {
        return write(ticketId, text, false, origin);
    }

    private Article write(long ticketId, String text, boolean internal, String origin) {
        Ticket ticket = tickets.findForUpdate(ticketId).orElseThrow(() -> new IllegalStateException(
                "ticket " + ticketId + " is gone"));
        if (ticket.isClosed()) {
            throw dev.atende.shared.InvalidInputException.of("body", "error.ticket.closed");
        }
        Instant now = clock.instant();
        ticket.notedInternally(now);
        Article article = articleManagement.save(null, ticket,
                new NewArticle(TicketInput.fitBody(text), Article.PLAIN, internal ? "internal" : "public", List.of()),
                ArticleSender.SYSTEM, internal, Channel.WEB, now, origin);
        tickets.saveAndFlush(ticket);
        return article;
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> find(long ticketId) {
        return tickets.findById(ticketId);
    }

    @Transactional(readOnly = true)
    public Optional<Article> article(long articleId) {
        return articles.findById(articleId);
    }

    /** The request that opened the ticket. */
    @Transactional(readOnly = true)
    public Optional<Article> firstArticle(long ticketId) {
        return articles.findFirstByTicketIdOrderByIdAsc(ticketId);
    }

    /** The next batch of tickets that are not closed, by id after {@code afterId}. */
    @Transactional(readOnly = true)
    public List<Ticket> notClosedAfter(long afterId, int limit) {
        return tickets.notInStatusAfter(afterId, TicketStatus.CLOSED, Limit.of(limit));
    }

    /** When each ticket's customer last wrote (tickets where they never did are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastCustomerMessages(Collection<Long> ticketIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (!ticketIds.isEmpty()) {
            for (Object[] row : articles.lastMessagesBy(ticketIds, ArticleSender.CUSTOMER)) {
                last.put((Long) row[0], (Instant) row[1]);
            }
        }
        return last;
    }
}
