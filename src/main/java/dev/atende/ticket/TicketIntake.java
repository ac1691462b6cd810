package dev.atende.ticket;

import dev.atende.identity.Directory;
import dev.atende.ticket.internal.Articles;
import dev.atende.ticket.internal.AttachmentStorage;
import dev.atende.ticket.internal.Attachments;
import dev.atende.ticket.internal.Tickets;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where channels (e-mail, and later chat, phone, monitoring) hand over what arrived. The
 * channel has already decided who wrote and which ticket it belongs to; there is no signed-in
 * person to check permissions for, so this is for trusted channel code only, never for a
 * controller.
 */
@Service
@Transactional
public class TicketIntake {

    private final Tickets tickets;
    private final ArticleManagement articles;
    private final TicketJournal journal;
    private final Directory directory;
    private final Articles articleRepository;
    private final Attachments attachmentRepository;
    private final AttachmentStorage storage;
    private final Clock clock;

    TicketIntake(Tickets tickets, ArticleManagement articles, TicketJournal journal, Directory directory,
            Articles articleRepository, Attachments attachmentRepository, AttachmentStorage storage, Clock clock) {
        this.articleRepository = articleRepository;
        this.attachmentRepository = attachmentRepository;
        this.storage = storage;
        this.tickets = tickets;
        this.articles = articles;
        this.journal = journal;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A message from a person: {@code authorId} is the user who wrote it (a customer, created
     * by the channel when unknown); {@code fromStaff} marks an agent writing in by mail.
     */
    public record IncomingMessage(long authorId, boolean fromStaff, String subject, String body, String contentType,
            List<Upload> uploads, Channel channel) {
    }

    /** Opens a ticket for the author in {@code groupId} (null: the entry group). */
    public Ticket open(IncomingMessage message, Long groupId) {
        var customer = directory.user(message.authorId()).orElseThrow();
        long group = groupId != null && directory.group(groupId).isPresent() ? groupId : directory.entryGroup().id();
        Instant now = clock.instant();
        var ticket = new Ticket(tickets.nextNumber(), subject(message.subject()), Priority.NORMAL, message.channel(),
                customer.id(), customer.organizationId(), group, now);
        tickets.saveAndFlush(ticket);
        journal.created(message.authorId(), ticket, now);
        articles.save(message.authorId(), ticket, draft(message, "public"), ArticleSender.CUSTOMER, false,
                message.channel(), now, null, true);
        return ticket;
    }

    /**
     * Adds the message to the ticket: a customer's reply reopens a pending or solved ticket, an
     * agent's is a public reply. Empty when the ticket is closed (the caller opens a new one).
     */
    public Optional<Article> append(long ticketId, IncomingMessage message) {
        Ticket ticket = tickets.findForUpdate(ticketId).orElseThrow();
        if (ticket.isClosed()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        TicketStatus before = ticket.status();
        ArticleSender sender = message.fromStaff() ? ArticleSender.AGENT : ArticleSender.CUSTOMER;
        if (sender == ArticleSender.AGENT) {
            ticket.answeredByAgent(now);
        } else {
            ticket.answeredByCustomer(now);
        }
        Article article = articles.save(message.authorId(), ticket, draft(message, "public"), sender, false,
                message.channel(), now);
        journal.record(message.authorId(), ticket, before, now);
        tickets.saveAndFlush(ticket);
        return Optional.of(article);
    }

    /** A note from Atende itself for the team (a bounce, a dropped file), never shown to the customer. */
    public Article noteFromSystem(long ticketId, String text, Channel channel) {
        Ticket ticket = tickets.findForUpdate(ticketId).orElseThrow();
        Instant now = clock.instant();
        ticket.notedInternally(now);
        Article article = articles.save(null, ticket, new NewArticle(text, Article.PLAIN, "internal", List.of()),
                ArticleSender.SYSTEM, true, channel, now);
        tickets.saveAndFlush(ticket);
        return article;
    }

    @Transactional(readOnly = true)
    public Optional<Article> article(long articleId) {
        return articleRepository.findById(articleId);
    }

    /** The files of an article, to send them along with it. */
    @Transactional(readOnly = true)
    public List<Attachment> attachments(long articleId) {
        return attachmentRepository.findByArticleIdInOrderByIdAsc(List.of(articleId));
    }

    public InputStream open(Attachment attachment) throws IOException {
        return storage.open(attachment.blobKey());
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> byNumber(long number) {
        return tickets.findByNumber(number);
    }

    /**
     * Where a message for {@code ticket} belongs: the ticket itself, or, when it was merged, the
     * ticket it was merged into (to the end of a chain of merges).
     */
    @Transactional(readOnly = true)
    public Ticket followingMerges(Ticket ticket) {
        return MergeChain.end(tickets, ticket);
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> byId(long id) {
        return tickets.findById(id);
    }

    /** Several tickets in one query (the unknown ids left out), for lists that name them. */
    @Transactional(readOnly = true)
    public List<Ticket> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : tickets.findAllById(ids);
    }

    private static NewArticle draft(IncomingMessage message, String visibility) {
        boolean empty = message.body() == null || message.body().isBlank();
        boolean hasFiles = message.uploads() != null && !message.uploads().isEmpty();
        String body = empty && !hasFiles ? "-" : TicketInput.fitBody(message.body());
        return new NewArticle(body, message.contentType(), visibility, message.uploads());
    }

    /** Channels bring subjects of any length and shape; a ticket's subject is one line of 255. */
    private static String subject(String raw) {
        String subject = raw == null ? "" : raw.strip().replaceAll("\\s*[\\r\\n\\t]+\\s*", " ");
        if (subject.isEmpty()) {
            return "-";
        }
        return subject.codePointCount(0, subject.length()) <= TicketInput.MAX_SUBJECT ? subject
                : subject.substring(0, subject.offsetByCodePoints(0, TicketInput.MAX_SUBJECT - 1)) + "…";
    }
}
