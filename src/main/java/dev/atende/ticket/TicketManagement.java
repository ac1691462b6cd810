package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.identity.UserManagement;
import dev.atende.shared.EmailAddress;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.internal.Categories;
import dev.atende.ticket.internal.History;
import dev.atende.ticket.internal.TicketQueries;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, finding and changing tickets, with who-may-do-what checked here: a ticket the caller
 * may not see does not exist for them (404); customers may only mark their own solved or
 * reopen it; every change is written to the history and published as an event.
 */
@Service
@Transactional
public class TicketManagement {

    private final Tickets tickets;
    private final History history;
    private final Categories categories;
    private final Directory directory;
    private final UserManagement users;
    private final ArticleManagement articles;
    private final TicketJournal journal;
    private final Clock clock;
    private final dev.atende.ticket.internal.TicketWindows windows;

    TicketManagement(Tickets tickets, History history, Categories categories, Directory directory,
            UserManagement users, ArticleManagement articles, TicketJournal journal, Clock clock,
            dev.atende.ticket.internal.TicketWindows windows) {
        this.tickets = tickets;
        this.history = history;
        this.categories = categories;
        this.directory = directory;
        this.users = users;
        this.articles = articles;
        this.journal = journal;
        this.clock = clock;
        this.windows = windows;
    }

    public Ticket create(Actor actor, NewTicket draft) {
        var problems = new InvalidInputException.Collector();
        String subject = TicketInput.subject(draft.subject(), problems);
        Priority priority = code("priority", draft.priority(), Priority::fromCode, Priority.NORMAL, problems);
        Channel channel = code("channel", draft.channel(), Channel::fromCode, Channel.API, problems);
        var tags = TicketInput.tags(draft.tags(), problems);
        if (actor.isCustomer() && (draft.groupId() != null || draft.tags() != null && !draft.tags().isEmpty()
                || draft.priority() != null || draft.customerEmail() != null)) {
            throw new ForbiddenException("error.ticket.customerFields");
        }
        var category = draft.categoryId() == null ? Optional.<Category>empty()
                : categories.findById(draft.categoryId());
        if (draft.categoryId() != null && category.isEmpty()) {
            problems.add("category", "error.category.notFound");
        }
        Long routedGroup = category.map(Category::defaultGroupId).orElse(null); // the category's team, if it has one
        long groupId = draft.groupId() != null ? draft.groupId()
                : routedGroup != null ? routedGroup : directory.entryGroup().id();
        if (draft.groupId() != null && directory.group(groupId).isEmpty()) {
            problems.add("group", "error.group.notFound");
        }
        EmailAddress customerEmail = draft.customerEmail() == null ? null
                : EmailAddress.of("customer.email", draft.customerEmail());
        articles.checkDraft(draft.body(), draft.contentType(), "public", draft.uploads(), actor, problems);
        problems.throwIfAny();

        User customer = customerEmail == null ? directory.user(actor.id()).orElseThrow()
                : users.findOrCreateCustomer(customerEmail, draft.customerName());
        Instant now = clock.instant();
        var ticket = new Ticket(tickets.nextNumber(), subject, priority, channel, customer.id(),
                customer.organizationId(), groupId, now);
        ticket.categorize(draft.categoryId(), now);
        ticket.retag(tags, now);
        tickets.saveAndFlush(ticket);
        journal.created(actor.id(), ticket, now);
        articles.addFirst(actor, ticket, new NewArticle(draft.body(), draft.contentType(), "public", draft.uploads()),
                channel);
        return ticket;
    }

    @Transactional(readOnly = true)
    public Ticket get(Actor actor, long id) {
        return tickets.findById(id).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
    }

    @Transactional(readOnly = true)
    public PageResult<Ticket> list(Actor actor, TicketFilter filter, PageRequest page) {
        var result = tickets.findAll(TicketQueries.matching(actor, filter),
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), TicketQueries.sort(filter.sort())));
        return new PageResult<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    /** A page of what {@link #list} lists, without counting the whole: for the queues, where counting would cost most. */
    @Transactional(readOnly = true)
    public dev.atende.shared.PageWindow<Ticket> window(Actor actor, TicketFilter filter, PageRequest page) {
        List<Ticket> rows = windows.window(TicketQueries.matching(actor, filter), TicketQueries.sort(filter.sort()),
                page.page() * page.size(), page.size() + 1);
        boolean more = rows.size() > page.size();
        return new dev.atende.shared.PageWindow<>(more ? rows.subList(0, page.size()) : rows, page.page(), page.size(),
                more);
    }

    /**
     * How many tickets the actor may see match, up to {@code limit}: for the counts beside the
     * queues, where "1,000+" says enough and an exact count of a large queue costs a scan of it.
     */
    @Transactional(readOnly = true)
    public long countUpTo(Actor actor, TicketFilter filter, int limit) {
        return windows.countUpTo(TicketQueries.matching(actor, filter), limit);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Actor actor, long id) {
        Ticket ticket = get(actor, id);
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.ticket.historyForbidden");
        }
        return history.findByTicketIdOrderByIdAsc(ticket.id());
    }

    /**
     * The articles and changes the caller may see, in order. Customers see the conversation
     * only, without internal notes or field changes.
     */
    @Transactional(readOnly = true)
    public Timeline timeline(Actor actor, long id) {
        Ticket ticket = get(actor, id);
        List<Article> visible = articles.list(actor, id);
        var files = articles.attachmentsOf(visible);
        List<Timeline.Entry> entries = new ArrayList<>();
        visible.forEach(a -> entries.add(new Timeline.Message(a, files.getOrDefault(a.id(), List.of()))));
        if (actor.isStaff()) {
            history.findByTicketIdOrderByIdAsc(id).stream().filter(h -> !h.field().equals("created"))
                    .forEach(h -> entries.add(new Timeline.Change(h)));
        }
        entries.sort(Comparator.comparing(Timeline.Entry::at));
        return new Timeline(ticket, entries);
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.findAllByOrderByNameAsc();
    }

    /**
     * Applies a partial update. {@code expectedVersion} is the version the caller saw (from
     * {@code If-Match}); null skips that check but concurrent writers are still detected.
     */
    public Ticket update(Actor actor, long id, Long expectedVersion, TicketChanges changes) {
        Ticket ticket = tickets.findForUpdate(id).filter(t -> TicketAccess.canSee(actor, t))
                .orElseThrow(() -> new NotFoundException("error.ticket.notFound"));
        if (expectedVersion != null && expectedVersion != ticket.version()) {
            throw new PreconditionFailedException("error.ticket.stale", ticket.version());
        }
        if (actor.isCustomer()) {
            if (ticket.customerId() != actor.id()) { // colleagues in a shared organization only read
                throw new ForbiddenException("error.ticket.customerChange");
            }
            checkCustomerChange(ticket, changes);
        }
        return apply(actor.id(), ticket, changes, null);
    }

    /** Applies checked changes to a locked ticket; {@code origin} marks changes no person made. */
    Ticket apply(Long actorId, Ticket ticket, TicketChanges changes, String origin) {
        if (ticket.isClosed() && (changes.touchesMoreThanStatus() || changes.status().present())) {
            throw InvalidInputException.of("status", "error.ticket.closed");
        }
        var problems = new InvalidInputException.Collector();
        Instant now = clock.instant();
        changes.subject().ifPresent(s -> ticket.changeSubject(TicketInput.subject(s, problems), now));
        changes.priority().ifPresent(p -> required("priority", p, problems, () -> ticket.changePriority(p, now)));
        changes.category().ifPresent(c -> {
            if (c != null && !categories.existsById(c)) {
                problems.add("category", "error.category.notFound");
            } else {
                ticket.categorize(c, now);
            }
        });
        changes.tags().ifPresent(t -> ticket.retag(TicketInput.tags(t, problems), now));
        Long assigneeBefore = ticket.assigneeId();
        long groupBefore = ticket.groupId();
        changes.group().ifPresent(g -> required("group", g, problems, () -> moveToGroup(ticket, g, now, problems)));
        changes.assignee().ifPresent(a -> {
            boolean keptThroughMove = Objects.equals(a, assigneeBefore) && ticket.groupId() != groupBefore;
            if (!keptThroughMove) { // the move already kept or dropped the old assignee
                assign(ticket, a, now, problems);
            }
        });
        TicketStatus before = ticket.status();
        changes.status().ifPresent(s -> required("status", s, problems, () -> ticket.changeStatus(s, now)));
        problems.throwIfAny();
        journal.record(actorId, ticket, before, now, origin);
        tickets.saveAndFlush(ticket);
        return ticket;
    }

    private static void checkCustomerChange(Ticket ticket, TicketChanges changes) {
        TicketStatus target = changes.status().value();
        boolean markSolved = target == TicketStatus.SOLVED && ticket.status().isActive();
        boolean reopen = target == TicketStatus.OPEN && ticket.status() == TicketStatus.SOLVED;
        if (changes.touchesMoreThanStatus() || !changes.status().present() || !(markSolved || reopen)) {
            throw new ForbiddenException("error.ticket.customerChange");
        }
    }

    private void moveToGroup(Ticket ticket, long groupId, Instant now, InvalidInputException.Collector problems) {
        if (directory.group(groupId).isEmpty()) {
            problems.add("group", "error.group.notFound");
            return;
        }
        ticket.moveToGroup(groupId, now);
        if (ticket.assigneeId() != null && !isAssignable(ticket.assigneeId(), groupId)) {
            ticket.assignTo(null, now);
        }
    }

    private void assign(Ticket ticket, Long agentId, Instant now, InvalidInputException.Collector problems) {
        if (agentId != null && !isAssignable(agentId, ticket.groupId())) {
            problems.add("assignee", "error.ticket.assignee");
            return;
        }
        ticket.assignTo(agentId, now);
    }

    /** Only active agents and admins who belong to the ticket's group may hold it. */
    private boolean isAssignable(long userId, long groupId) {
        return directory.user(userId)
                .filter(u -> u.isActive() && u.role().worksTickets() && u.groupIds().contains(groupId))
                .isPresent();
    }

    private static <T> void required(String field, T value, InvalidInputException.Collector problems, Runnable apply) {
        if (value == null) {
            problems.add(field, "error.field.required");
        } else {
            apply.run();
        }
    }

    private static <E> E code(String field, String raw, java.util.function.Function<String, E> parse, E fallback,
            InvalidInputException.Collector problems) {
        if (raw == null) {
            return fallback;
        }
        E value = parse.apply(raw);
        if (value == null) {
            problems.add(field, "error.field.unknownValue", raw);
            return fallback;
        }
        return value;
    }
}
