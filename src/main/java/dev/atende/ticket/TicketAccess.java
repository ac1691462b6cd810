package dev.atende.ticket;

import dev.atende.identity.Actor;

/**
 * Who may see a ticket: admins all; agents those of their groups (an agent who leaves a group
 * loses its tickets, even those still assigned to them) and, when one of their groups sees lower
 * levels, those of the groups below it; customers their own, and their organization's when it
 * shares.
 */
public final class TicketAccess {

    private TicketAccess() {
    }

    public static boolean canSee(Actor actor, Ticket ticket) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.isStaff()) {
            return actor.seesGroup(ticket.groupId());
        }
        return ticket.customerId() == actor.id()
                || (actor.organizationShared() && ticket.organizationId() != null
                        && ticket.organizationId().equals(actor.organizationId()));
    }

    public static boolean canSee(Actor actor, Article article) {
        return actor.isStaff() || !article.isInternal();
    }
}
