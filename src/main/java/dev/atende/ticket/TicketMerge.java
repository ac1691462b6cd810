package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.internal.Articles;
import dev.atende.ticket.internal.Attachments;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one ticket (the source) into another (the target), for agents who may see both.
 *
 * <p>The source's articles are <em>copied</em> onto the target, not moved: the source keeps its
 * own timeline, history and attachments (its customer's portal, old links and the e-mail
 * thread's records stay intact), and each copy on the target says "from #source". Copies share
 * the files' stored bytes, so attachments read the same on both tickets. When the two tickets
 * belong to different customers, the copies are internal notes on the target, so that one
 * customer never sees another's conversation; the source's customer is recorded on the target
 * as a participant (the e-mail channel then copies them on replies).
 *
 * <p>The source is closed, tagged {@code merged} and points at the target; replies that arrive
 * later for the source follow that pointer. Merging into a ticket that was itself merged is
 * refused (naming the ticket it went into) rather than followed, so that an agent never merges
 * into a ticket they did not choose. The source's version is checked as a field change is.
 */
@Service
@Transactional
public class TicketMerge {

    private final Tickets tickets;
    private final Articles articles;
    private final Attachments attachments;
    private final TicketJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketMerge(Tickets tickets, Articles articles, Attachments attachments, TicketJournal journal,
            ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.articles = articles;
        this.attachments = attachments;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Merges {@code sourceId} into {@code targetId}; {@code expectedVersion} is the source's version
     * the caller saw (null: no check). Answers the target.
     */
    public Ticket merge(Actor actor, long sourceId, Long targetId, Long expectedVersion) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.ticket.merge.forbidden");
        }
        if (targetId == null) {
            throw InvalidInputException.of("into", "error.field.required");
        }
        if (targetId == sourceId) {
            visible(actor, sourceId, "error.ticket.notFound"); // a hidden ticket stays hidden, even so
            throw InvalidInputException.of("into", "error.ticket.merge.self");
        }
        // both rows locked in id order, so two merges of the same pair cannot deadlock
        Ticket lower = lock(actor, Math.min(sourceId, targetId));
        Ticket upper = lock(actor, Math.max(sourceId, targetId));
        Ticket source = sourceId < targetId ? lower : upper;
        Ticket target = sourceId < targetId ? upper : lower;
        if (source == null) {
            throw new NotFoundException("error.ticket.notFound");
        }
        if (target == null) { // unknown or not for this agent's eyes: the same answer
            throw new NotFoundException("error.ticket.merge.targetNotFound");
        }
        if (expectedVersion != null && expectedVersion != source.version()) {
            throw new PreconditionFailedException("error.ticket.stale", source.version());
        }
        if (target.isMerged()) {
            Ticket end = MergeChain.end(tickets, target);
            if (!TicketAccess.canSee(actor, end)) { // the number of a ticket this agent may not open stays unsaid
                throw InvalidInputException.of("into", "error.ticket.merge.targetMergedHidden");
            }
            throw InvalidInputException.of("into", "error.ticket.merge.targetMerged", Long.toString(target.number()),
                    Long.toString(end.number()));
        }
        Instant now = clock.instant();
        TicketStatus sourceBefore = source.status();
        TicketStatus targetBefore = target.status();
        source.mergeInto(target, now);
        target.receiveMerged(source, now);
        boolean sameCustomer = source.customerId() == target.customerId();
        if (!sameCustomer) {
            target.noteParticipant(source.customerId(), now);
        }
        copyArticles(source, target, sameCustomer);
        journal.record(actor.id(), source, sourceBefore, now);
        journal.record(actor.id(), target, targetBefore, now);
        tickets.saveAndFlush(source);
        tickets.saveAndFlush(target);
        events.publishEvent(new TicketsMerged(source.id(), source.number(), target.id(), target.number(), actor.id(),
                source.customerId(), target.customerId()));
        return target;
    }

    private void copyArticles(Ticket source, Ticket target, boolean sameCustomer) {
        List<Article> originals = articles.findByTicketIdOrderByIdAsc(source.id());
        var files = attachments.findByArticleIdInOrderByIdAsc(originals.stream().map(Article::id).toList());
        for (Article original : originals) {
            Article copy = articles.save(Article.copyOf(original, source, target.id(),
                    original.isInternal() || !sameCustomer));
            files.stream().filter(f -> f.articleId() == original.id())
                    .forEach(f -> attachments.save(Attachment.copyOf(f, target.id(), copy.id())));
        }
    }

    private Ticket lock(Actor actor, long id) {
        return tickets.findForUpdate(id).filter(t -> TicketAccess.canSee(actor, t)).orElse(null);
    }

    private Ticket visible(Actor actor, long id, String code) {
        return tickets.findById(id).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException(code));
    }
}
