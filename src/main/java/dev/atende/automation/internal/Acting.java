package dev.atende.automation.internal;

import dev.atende.identity.Actor;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;

/**
 * Who carries out a rule's actions on one ticket: Atende itself (triggers, scheduled rules) or
 * the agent applying a macro, with that agent's rights.
 */
public interface Acting {

    /** The ticket as it is now. */
    Ticket ticket();

    Ticket update(TicketChanges changes);

    void note(String text);

    void reply(String text);

    /** The agent applying a macro; null when Atende acts. */
    Long agentId();

    /** The agent applying a macro, for services that check rights themselves; null when Atende acts. */
    default Actor actor() {
        return null;
    }

    /** The automation chain this is part of (the loop guard); null for an agent's macro. */
    default String origin() {
        return null;
    }
}
