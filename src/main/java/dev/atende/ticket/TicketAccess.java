package dev.atende.ticket;

import dev.atende.identity.Actor;
import java.util.Objects;

/**
 * Who may see a ticket: admins all; agents those of their groups (and those assigned to
 * them); customers their own, and their organization's when it shares.
 */
public final class TicketAccess {

    private TicketAccess() {
    }

    public static boolean canSee(Actor actor, Ticket ticket) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.isStaff()) {
            return actor.belongsTo(ticket.groupId()) || Objects.equals(ticket.assigneeId(), actor.id());
        }
        return ticket.customerId() == actor.id()
                || (actor.organizationShared() && ticket.organizationId() != null
                        && ticket.organizationId().equals(actor.organizationId()));
    }

    public static boolean canSee(Actor actor, Article article) {
        return actor.isStaff() || !article.isInternal();
    }
}
