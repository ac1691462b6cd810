package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.internal.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes many tickets at once, each in its own transaction and through the same path as a
 * single change (the agent's rights, history, events), so that one refused ticket leaves the
 * others changed and the answer says which were skipped and why. No version check: the agent
 * picked the tickets from a list, not from a ticket page.
 */
@Service
public class TicketBulkManagement {

    private final Tickets tickets;
    private final TicketManagement management;
    private final TicketMerge merges;
    private final TransactionTemplate transaction;

    TicketBulkManagement(Tickets tickets, TicketManagement management, TicketMerge merges,
            PlatformTransactionManager transactions) {
        this.tickets = tickets;
        this.management = management;
        this.merges = merges;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Merges the selected tickets into {@code targetId}, each in a transaction of its own through
     * the single merge (its checks, copies and mail rules): the target among the selected is left
     * out, and a ticket that cannot be merged is skipped with the reason. A target the agent may
     * not see, or one merged or closed already, refuses the whole request (422 on {@code into}).
     */
    public BulkResult mergeInto(Actor actor, List<Long> ids, Long targetId) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.bulk.staffOnly");
        }
        List<Long> checked = BulkResult.checkIds(ids);
        if (targetId == null) {
            throw InvalidInputException.of("into", "error.field.required");
        }
        Ticket target = tickets.findById(targetId).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> InvalidInputException.of("into", "error.ticket.merge.targetNotFound"));
        if (target.isMerged()) {
            throw InvalidInputException.of("into", "error.ticket.merge.targetMergedHidden");
        }
        if (target.isClosed()) {
            throw InvalidInputException.of("into", "error.ticket.merge.targetClosed", Long.toString(target.number()));
        }
        List<BulkResult.Outcome> outcomes = new ArrayList<>();
        for (long id : checked) {
            if (id != targetId) {
                outcomes.add(mergeOne(actor, id, targetId));
            }
        }
        return new BulkResult(outcomes);
    }

    private BulkResult.Outcome mergeOne(Actor actor, long id, long targetId) {
        try {
            merges.merge(actor, id, targetId, null);
            return BulkResult.Outcome.updated(id);
        } catch (DomainException e) { // rolled back: this ticket is untouched
            return skipped(id, e);
        }
    }

    private static BulkResult.Outcome skipped(long id, DomainException e) {
        return e.fieldProblems().stream().findFirst()
                .map(p -> BulkResult.Outcome.skipped(id, p.field(), p.messageCode(), p.args()))
                .orElseGet(() -> BulkResult.Outcome.skipped(id, null, e.messageCode(), e.args()));
    }

    public BulkResult apply(Actor actor, List<Long> ids, BulkChanges changes) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.bulk.staffOnly");
        }
        List<Long> checked = BulkResult.checkIds(ids);
        if (changes.isEmpty()) {
            throw InvalidInputException.of("changes", "error.bulk.noChanges");
        }
        var problems = new InvalidInputException.Collector();
        TicketInput.tags(changes.addTags(), problems); // a bad tag is refused before any ticket changes
        problems.throwIfAny();
        List<BulkResult.Outcome> outcomes = new ArrayList<>();
        for (long id : checked) {
            outcomes.add(applyOne(actor, id, changes));
        }
        return new BulkResult(outcomes);
    }

    private BulkResult.Outcome applyOne(Actor actor, long id, BulkChanges changes) {
        try {
            return transaction.execute(status -> {
                Ticket ticket = tickets.findForUpdate(id).filter(t -> TicketAccess.canSee(actor, t)).orElse(null);
                if (ticket == null) {
                    return BulkResult.Outcome.skipped(id, null, "error.ticket.notFound");
                }
                if (ticket.isClosed()) {
                    return BulkResult.Outcome.skipped(id, "status", "error.ticket.closed");
                }
                management.apply(actor.id(), ticket, toTicketChanges(ticket, changes), null);
                return BulkResult.Outcome.updated(id);
            });
        } catch (DomainException e) { // rolled back: this ticket is untouched
            return skipped(id, e);
        }
    }

    private static TicketChanges toTicketChanges(Ticket ticket, BulkChanges changes) {
        Change<List<String>> tags = Change.absent();
        if (!changes.addTags().isEmpty() || !changes.removeTags().isEmpty()) {
            var next = new TreeSet<>(ticket.tags());
            changes.addTags().forEach(t -> next.add(t.strip().toLowerCase(java.util.Locale.ROOT)));
            changes.removeTags().forEach(t -> next.remove(t.strip().toLowerCase(java.util.Locale.ROOT)));
            if (!next.equals(new TreeSet<>(ticket.tags()))) {
                tags = Change.to(List.copyOf(next));
            }
        }
        return new TicketChanges(changes.status(), changes.priority(), Change.absent(), changes.assignee(),
                Change.absent(), tags, Change.absent());
    }
}
