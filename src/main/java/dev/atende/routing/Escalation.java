package dev.atende.routing;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.Group;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAccess;
import dev.atende.ticket.TicketRouting;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a ticket up to a higher support level, or back down, always with a reason. The ticket
 * leaves its assignee behind and is assigned again by its new group's strategy; the history
 * keeps who, from where, to where and why, and {@code TicketEscalated} is published.
 *
 * <p>Other modules (automation, SLA) call {@link #escalate(Actor, long, Long, String)} with a
 * null actor to escalate as the system.
 */
@Service
@Transactional
public class Escalation {

    public static final int MAX_REASON = 500;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final TicketRouting tickets;
    private final Directory directory;

    Escalation(TicketRouting tickets, Directory directory) {
        this.tickets = tickets;
        this.directory = directory;
    }

    /**
     * Moves the ticket to {@code toGroup}, which must be of a higher level, or when null to its
     * group's {@code escalatesTo}. {@code actor} null means the system (no permission check);
     * a person must be an agent or admin who sees the ticket.
     */
    public Ticket escalate(Actor actor, long ticketId, Long toGroup, String reason) {
        return move(actor, ticketId, toGroup, reason, true, null);
    }

    /** The same, as an action of an automation chain: its origin keeps the chain's loop guard. */
    public Ticket escalate(Actor actor, long ticketId, Long toGroup, String reason, String origin) {
        return move(actor, ticketId, toGroup, reason, true, origin);
    }

    /**
     * Moves the ticket back to {@code toGroup}, which must be of a lower level, or when null to
     * the highest group below that escalates to its group.
     */
    public Ticket deescalate(Actor actor, long ticketId, Long toGroup, String reason) {
        return move(actor, ticketId, toGroup, reason, false, null);
    }

    private Ticket move(Actor actor, long ticketId, Long toGroup, String reason, boolean upward, String origin) {
        if (actor != null && !actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
        Ticket ticket = tickets.find(ticketId)
                .filter(t -> actor == null || TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
        var problems = new InvalidInputException.Collector();
        String why = reason(reason, problems);
        Group current = directory.group(ticket.groupId()).orElseThrow();
        Group target = target(current, toGroup, upward, problems);
        problems.throwIfAny();
        return tickets.escalate(actor, ticketId, target.id(), upward, why, origin);
    }

    private Group target(Group current, Long toGroup, boolean upward, InvalidInputException.Collector problems) {
        if (toGroup == null) {
            Group next = upward
                    ? (current.escalatesToId() == null ? null : directory.group(current.escalatesToId()).orElse(null))
                    : directory.feedersOf(current.id()).stream().max(Comparator.comparingInt(Group::level)
                            .thenComparing(Group::name, Comparator.reverseOrder())).orElse(null);
            if (next == null) {
                problems.add("toGroup", upward ? "error.escalation.noHigher" : "error.escalation.noLower");
            }
            return next;
        }
        Group named = directory.group(toGroup).orElse(null);
        if (named == null) {
            problems.add("toGroup", "error.group.notFound");
        } else if (upward && named.level() <= current.level()) {
            problems.add("toGroup", "error.escalation.notHigher");
        } else if (!upward && named.level() >= current.level()) {
            problems.add("toGroup", "error.escalation.notLower");
        }
        return named;
    }

    private static String reason(String reason, InvalidInputException.Collector problems) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            problems.add("reason", "error.field.required");
        } else if (clean.length() > MAX_REASON) {
            problems.add("reason", "error.field.tooLong", MAX_REASON);
        } else if (CONTROL.matcher(clean).find()) {
            problems.add("reason", "error.field.control");
        }
        return clean;
    }
}
