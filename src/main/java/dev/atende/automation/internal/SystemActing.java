package dev.atende.automation.internal;

import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAutomation;
import dev.atende.ticket.TicketChanges;

/** Atende acting by itself; every change carries {@code origin} (e.g. {@code "trigger:3>7"}). */
public final class SystemActing implements Acting {

    private final TicketAutomation tickets;
    private final long ticketId;
    private final String origin;

    public SystemActing(TicketAutomation tickets, long ticketId, String origin) {
        this.tickets = tickets;
        this.ticketId = ticketId;
        this.origin = origin;
    }

    @Override
    public Ticket ticket() {
        return tickets.find(ticketId).orElseThrow(() -> new IllegalStateException("ticket " + ticketId + " is gone"));
    }

    @Override
    public Ticket update(TicketChanges changes) {
        return tickets.update(ticketId, changes, origin);
    }

    @Override
    public void note(String text) {
        tickets.note(ticketId, text, origin);
    }

    @Override
    public void reply(String text) {
        tickets.reply(ticketId, text, origin);
    }

    @Override
    public Long agentId() {
        return null;
    }

    @Override
    public String origin() {
        return origin;
    }
}
