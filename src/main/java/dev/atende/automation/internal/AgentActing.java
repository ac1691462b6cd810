package dev.atende.automation.internal;

import dev.atende.identity.Actor;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.NewArticle;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketManagement;
import java.util.List;

/** An agent applying a macro: every step goes through the ticket services with the agent's rights. */
public final class AgentActing implements Acting {

    private final TicketManagement tickets;
    private final ArticleManagement articles;
    private final Actor actor;
    private final long ticketId;
    private final Channel channel;

    public AgentActing(TicketManagement tickets, ArticleManagement articles, Actor actor, long ticketId,
            Channel channel) {
        this.tickets = tickets;
        this.articles = articles;
        this.actor = actor;
        this.ticketId = ticketId;
        this.channel = channel;
    }

    @Override
    public Ticket ticket() {
        return tickets.get(actor, ticketId);
    }

    @Override
    public Ticket update(TicketChanges changes) {
        return tickets.update(actor, ticketId, null, changes);
    }

    @Override
    public void note(String text) {
        articles.add(actor, ticketId, new NewArticle(text, Article.PLAIN, "internal", List.of()), channel);
    }

    @Override
    public void reply(String text) {
        articles.add(actor, ticketId, new NewArticle(text, Article.PLAIN, "public", List.of()), channel);
    }

    @Override
    public Long agentId() {
        return actor.id();
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
