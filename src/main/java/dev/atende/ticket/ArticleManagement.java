package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.internal.AttachmentStorage;
import dev.atende.ticket.internal.Articles;
import dev.atende.ticket.internal.Attachments;
import dev.atende.ticket.internal.Tickets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation on a ticket: public replies and internal notes with their files. Customers
 * never see internal notes nor their files; a public reply from the team is the first response
 * and opens a new ticket; a customer's reply reopens a solved or pending one.
 */
@Service
@Transactional
public class ArticleManagement {

    private final Tickets tickets;
    private final Articles articles;
    private final Attachments attachments;
    private final AttachmentStorage storage;
    private final AttachmentLimits limits;
    private final TicketJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleManagement(Tickets tickets, Articles articles, Attachments attachments, AttachmentStorage storage,
            AttachmentLimits limits, TicketJournal journal, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.articles = articles;
        this.attachments = attachments;
        this.storage = storage;
        this.limits = limits;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** A file with its bytes, for download. The caller closes the stream. */
    public record Download(Attachment attachment, InputStream content) {
    }

    /** Adds a reply or note that arrived on {@code channel} (web for the UI, api for the API). */
    public Article add(Actor actor, long ticketId, NewArticle draft, Channel channel) {
        Ticket ticket = tickets.findForUpdate(ticketId).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
        var problems = new InvalidInputException.Collector();
        checkDraft(draft.body(), draft.contentType(), draft.visibility(), draft.uploads(), actor, problems);
        problems.throwIfAny();
        if (ticket.isClosed()) {
            throw InvalidInputException.of("body", "error.ticket.closed");
        }
        Instant now = clock.instant();
        TicketStatus before = ticket.status();
        boolean internal = "internal".equals(draft.visibility());
        ArticleSender sender = actor.isStaff() ? ArticleSender.AGENT : ArticleSender.CUSTOMER;
        if (internal) {
            ticket.notedInternally(now);
        } else if (sender == ArticleSender.AGENT) {
            ticket.answeredByAgent(now);
        } else {
            ticket.answeredByCustomer(now);
        }
        Article article = save(actor.id(), ticket, draft, sender, internal, channel, now);
        journal.record(actor.id(), ticket, before, now);
        tickets.saveAndFlush(ticket); // bumps the version: a reply is a change others must not overwrite
        return article;
    }

    /** The request that opened the ticket, as its first article. */
    Article addFirst(Actor actor, Ticket ticket, NewArticle draft, Channel channel) {
        ArticleSender sender = actor.id() == ticket.customerId() || !actor.isStaff() ? ArticleSender.CUSTOMER
                : ArticleSender.AGENT;
        return save(actor.id(), ticket, draft, sender, false, channel, ticket.createdAt(), null, true);
    }

    /** Checks everything about an article before anything is written, adding to {@code problems}. */
    void checkDraft(String body, String contentType, String visibility, List<Upload> uploads, Actor actor,
            InvalidInputException.Collector problems) {
        String type = TicketInput.contentType(contentType, problems);
        int files = uploads == null ? 0 : uploads.size();
        TicketInput.body(body, type, files > 0, problems);
        if (files > limits.maxFiles()) {
            problems.add("files", "error.field.tooMany", limits.maxFiles());
        }
        if (visibility != null && !visibility.equals("public") && !visibility.equals("internal")) {
            problems.add("visibility", "error.field.unknownValue", visibility);
        } else if ("internal".equals(visibility) && !actor.isStaff()) {
            throw new ForbiddenException("error.article.internalForbidden");
        }
    }

    @Transactional(readOnly = true)
    public List<Article> list(Actor actor, long ticketId) {
        Ticket ticket = visibleTicket(actor, ticketId);
        return actor.isStaff() ? articles.findByTicketIdOrderByIdAsc(ticket.id())
                : articles.findByTicketIdAndInternalFalseOrderByIdAsc(ticket.id());
    }

    @Transactional(readOnly = true)
    public Article get(Actor actor, long ticketId, long articleId) {
        Ticket ticket = visibleTicket(actor, ticketId);
        return articles.findById(articleId).filter(a -> a.ticketId() == ticket.id() && TicketAccess.canSee(actor, a))
                .orElseThrow(() -> new NotFoundException("error.article.notFound"));
    }

    /** The files of the given (already visible) articles, by article id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> attachmentsOf(List<Article> visible) {
        if (visible.isEmpty()) {
            return Map.of();
        }
        return attachments.findByArticleIdInOrderByIdAsc(visible.stream().map(Article::id).toList()).stream()
                .collect(Collectors.groupingBy(Attachment::articleId));
    }

    @Transactional(readOnly = true)
    public Download download(Actor actor, long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("error.attachment.notFound"));
        boolean visible = tickets.findById(attachment.ticketId()).filter(t -> TicketAccess.canSee(actor, t)).isPresent()
                && articles.findById(attachment.articleId()).filter(a -> TicketAccess.canSee(actor, a)).isPresent();
        if (!visible) {
            throw new NotFoundException("error.attachment.notFound");
        }
        try {
            return new Download(attachment, storage.open(attachment.blobKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("blob of attachment " + attachmentId + " is unreadable", e);
        }
    }

    /** Writes an article with its files; the caller has checked who may do this. */
    Article save(Long authorId, Ticket ticket, NewArticle draft, ArticleSender sender, boolean internal,
            Channel channel, Instant now) {
        return save(authorId, ticket, draft, sender, internal, channel, now, null);
    }

    Article save(Long authorId, Ticket ticket, NewArticle draft, ArticleSender sender, boolean internal,
            Channel channel, Instant now, String origin) {
        return save(authorId, ticket, draft, sender, internal, channel, now, origin, false);
    }

    /** {@code opening}: the request the ticket is opened with, written with it. */
    Article save(Long authorId, Ticket ticket, NewArticle draft, ArticleSender sender, boolean internal,
            Channel channel, Instant now, String origin, boolean opening) {
        var problems = new InvalidInputException.Collector();
        String type = TicketInput.contentType(draft.contentType(), problems);
        List<Upload> uploads = draft.uploads() == null ? List.of() : draft.uploads();
        String body = TicketInput.body(draft.body(), type, !uploads.isEmpty(), problems);
        problems.throwIfAny();
        Article article = articles.save(new Article(ticket.id(), authorId, sender, internal, type, body, channel, now));
        for (var file : storage.store(uploads, limits.maxSize().toBytes())) {
            var attachment = new Attachment(ticket.id(), article.id(), file.filename(), file.contentType(),
                    file.blob().size(), file.blob().sha256(), file.blob().key(), now);
            attachment.showInlineAs(file.contentId());
            attachments.save(attachment);
        }
        events.publishEvent(new ArticleAdded(ticket.id(), article.id(), sender, internal, channel, origin, opening));
        return article;
    }

    private Ticket visibleTicket(Actor actor, long ticketId) {
        return tickets.findById(ticketId).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
    }
}
