package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.internal.Links;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between tickets (related to, duplicate of, child of), for the team: customers do not see
 * them. A link shows on both tickets; a reader sees the linked tickets they may see and only a
 * count of the others. One link per pair of tickets; adding and removing one is written to both
 * tickets' history (without changing their version: a link is no edit of the ticket's fields).
 */
@Service
@Transactional
public class TicketLinks {

    private final Tickets tickets;
    private final Links links;
    private final TicketJournal journal;
    private final Clock clock;

    TicketLinks(Tickets tickets, Links links, TicketJournal journal, Clock clock) {
        this.tickets = tickets;
        this.links = links;
        this.journal = journal;
        this.clock = clock;
    }

    /** A link as one ticket sees it: the relation from its side and the other ticket. */
    public record Linked(long linkId, LinkKind kind, Ticket ticket) {
    }

    /** The links the reader may follow, and how many lead to tickets hidden from them. */
    public record LinksOf(List<Linked> visible, int hidden) {
    }

    @Transactional(readOnly = true)
    public LinksOf of(Actor actor, long ticketId) {
        Ticket ticket = visibleToStaff(actor, ticketId);
        List<TicketLink> all = links.ofTicket(ticket.id());
        Map<Long, Ticket> others = tickets.findAllById(all.stream().map(l -> l.otherThan(ticket.id())).toList())
                .stream().collect(Collectors.toMap(Ticket::id, Function.identity()));
        List<Linked> visible = new ArrayList<>();
        int hidden = 0;
        for (TicketLink link : all) {
            Ticket other = others.get(link.otherThan(ticket.id()));
            if (other != null && TicketAccess.canSee(actor, other)) {
                visible.add(new Linked(link.id(), link.kindFrom(ticket.id()), other));
            } else {
                hidden++;
            }
        }
        return new LinksOf(visible, hidden);
    }

    /** Links {@code ticketId} to {@code otherId} as {@code kindCode} (from {@code ticketId}'s side). */
    public Linked add(Actor actor, long ticketId, Long otherId, String kindCode) {
        visibleToStaff(actor, ticketId);
        var problems = new InvalidInputException.Collector();
        LinkKind kind = kindCode == null ? null : LinkKind.fromCode(kindCode);
        if (kindCode == null) {
            problems.add("type", "error.field.required");
        } else if (kind == null) {
            problems.add("type", "error.field.unknownValue", kindCode);
        }
        if (otherId == null) {
            problems.add("ticket", "error.field.required");
        } else if (otherId == ticketId) {
            problems.add("ticket", "error.ticket.link.self");
        }
        problems.throwIfAny();
        // both rows locked in id order: two agents linking the same pair cannot both pass the check below
        Ticket lower = lock(Math.min(ticketId, otherId));
        Ticket upper = lock(Math.max(ticketId, otherId));
        Ticket ticket = ticketId < otherId ? lower : upper;
        Ticket other = ticketId < otherId ? upper : lower;
        if (other == null || !TicketAccess.canSee(actor, other)) {
            throw InvalidInputException.of("ticket", "error.ticket.link.notFound");
        }
        if (links.existsBetween(ticketId, otherId)) {
            throw InvalidInputException.of("ticket", "error.ticket.link.duplicate", Long.toString(other.number()));
        }
        Instant now = clock.instant();
        TicketLink link = links.save(new TicketLink(ticketId, kind, otherId, actor.id(), now));
        note(actor, ticket, null, describe(kind, other), now);
        note(actor, other, null, describe(kind.reverse(), ticket), now);
        return new Linked(link.id(), kind, other);
    }

    public void remove(Actor actor, long ticketId, long linkId) {
        Ticket ticket = visibleToStaff(actor, ticketId);
        TicketLink link = links.findById(linkId).filter(l -> l.concerns(ticket.id()))
                .orElseThrow(() -> new NotFoundException("error.ticket.link.notFound"));
        Ticket other = tickets.findById(link.otherThan(ticket.id())).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.link.notFound"));
        LinkKind kind = link.kindFrom(ticket.id());
        links.delete(link);
        Instant now = clock.instant();
        note(actor, ticket, describe(kind, other), null, now);
        note(actor, other, describe(kind.reverse(), ticket), null, now);
    }

    /** The ticket with this number, if the reader may see it: for forms where agents type a number. */
    @Transactional(readOnly = true)
    public Optional<Ticket> visibleByNumber(Actor actor, long number) {
        return tickets.findByNumber(number).filter(t -> TicketAccess.canSee(actor, t));
    }

    /**
     * The numbers of these tickets, by id: to name where a merged ticket went (a number says
     * nothing a reader could not guess; the ticket itself stays behind its permission check).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> numbers(java.util.Collection<Long> ids) {
        return tickets.findAllById(ids).stream().collect(Collectors.toMap(Ticket::id, Ticket::number));
    }

    /** As the history keeps it: the relation's code and the other ticket's number, "child_of #10002". */
    private static String describe(LinkKind kind, Ticket other) {
        return kind.code() + " #" + other.number();
    }

    private void note(Actor actor, Ticket ticket, String from, String to, Instant now) {
        ticket.noteLink(from, to);
        journal.record(actor.id(), ticket, ticket.status(), now);
    }

    private Ticket lock(long id) {
        return tickets.findForUpdate(id).orElse(null);
    }

    private Ticket visibleToStaff(Actor actor, long ticketId) {
        Ticket ticket = tickets.findById(ticketId).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.ticket.link.forbidden");
        }
        return ticket;
    }
}
