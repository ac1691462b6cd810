package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageWindow;
import dev.atende.shared.Texts;
import dev.atende.ticket.internal.Categories;
import dev.atende.ticket.internal.SavedTicketViews;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views of the agent workspace. Agents and admins keep personal views; only admins share
 * them (with the agents of chosen groups, or with all). A view someone may not run does not exist
 * for them (404). Running a view lists the runner's tickets through the same filter and access
 * rules as the built-in queues, a window at a time, never counted in full.
 */
@Service
@Transactional
public class TicketViewManagement {

    public static final int MAX_NAME = 80;
    public static final int MAX_VIEWS_PER_PERSON = 50;
    static final int MAX_TAGS = 10;
    static final int MAX_DUE_WITHIN_MINUTES = 60 * 24 * 365;
    static final int MAX_UPDATED_WITHIN_HOURS = 24 * 366;

    private final SavedTicketViews views;
    private final TicketManagement tickets;
    private final Categories categories;
    private final Directory directory;
    private final Clock clock;

    TicketViewManagement(SavedTicketViews views, TicketManagement tickets, Categories categories, Directory directory,
            Clock clock) {
        this.views = views;
        this.tickets = tickets;
        this.categories = categories;
        this.directory = directory;
        this.clock = clock;
    }

    /** The views this person may run, by name. */
    @Transactional(readOnly = true)
    public List<TicketView> list(Actor actor) {
        requireStaff(actor);
        Set<Long> groups = actor.groupIds().isEmpty() ? Set.of(-1L) : actor.groupIds();
        return views.visibleTo(actor.id(), groups, actor.isAdmin());
    }

    @Transactional(readOnly = true)
    public TicketView get(Actor actor, long id) {
        requireStaff(actor);
        return views.findById(id).filter(v -> v.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("error.view.notFound"));
    }

    /** Whether this person may change or delete the view (the pages offer it only then). */
    public static boolean canEdit(Actor actor, TicketView view) {
        return view.isEditableBy(actor);
    }

    public TicketView create(Actor actor, TicketViewInput input) {
        requireStaff(actor);
        var definition = check(actor, input);
        if (views.countByOwnerId(actor.id()) >= MAX_VIEWS_PER_PERSON) {
            throw InvalidInputException.of("views", "error.view.tooMany", MAX_VIEWS_PER_PERSON);
        }
        var view = new TicketView(actor.id(), clock.instant());
        view.define(definition, clock.instant());
        return views.save(view);
    }

    /** Replaces the view's definition; a partial update starts from {@link TicketViewInput#of}. */
    public TicketView update(Actor actor, long id, java.util.function.UnaryOperator<TicketViewInput> change) {
        TicketView view = editable(actor, id);
        view.define(check(actor, change.apply(TicketViewInput.of(view))), clock.instant());
        return views.save(view);
    }

    public void delete(Actor actor, long id) {
        views.delete(editable(actor, id));
    }

    /** A window of the view's tickets that the runner may see; {@code sort} (a clicked column) may replace the saved one. */
    @Transactional(readOnly = true)
    public PageWindow<Ticket> tickets(Actor actor, long id, String sort, PageRequest page) {
        TicketView view = get(actor, id);
        return tickets.window(actor, view.filter(clock.instant(), checkedSort(sort)), page);
    }

    /** How many of the view's tickets the runner may see, up to {@code limit} (as the queue counts). */
    @Transactional(readOnly = true)
    public long countUpTo(Actor actor, TicketView view, int limit) {
        requireStaff(actor);
        if (!view.isVisibleTo(actor)) {
            throw new NotFoundException("error.view.notFound");
        }
        return tickets.countUpTo(actor, view.filter(clock.instant(), null), limit);
    }

    /** A sort from the list of {@link TicketView#SORTS}, null for the view's own; anything else is refused. */
    public static String checkedSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        if (!TicketView.SORTS.contains(sort.strip())) {
            throw InvalidInputException.of("sort", "error.ticket.sort", String.join(", ", TicketView.SORTS));
        }
        return sort.strip();
    }

    private TicketView editable(Actor actor, long id) {
        TicketView view = get(actor, id);
        if (!view.isEditableBy(actor)) {
            throw new ForbiddenException("error.view.editForbidden");
        }
        return view;
    }

    private TicketView.Definition check(Actor actor, TicketViewInput in) {
        var problems = new InvalidInputException.Collector();
        String name = in.name() == null ? "" : Texts.withoutControlCharacters(in.name()).strip();
        if (name.isEmpty()) {
            problems.add("name", "error.field.required");
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add("name", "error.view.nameLength", MAX_NAME);
        }
        ViewSharing sharing = in.sharing() == null ? ViewSharing.PERSONAL : ViewSharing.fromCode(in.sharing());
        Set<Long> sharedWith = new LinkedHashSet<>(in.sharedWith() == null ? List.of() : in.sharedWith());
        if (sharing == null) {
            problems.add("sharing", "error.field.unknownValue", in.sharing());
        } else if (sharing.isShared() && !actor.isAdmin()) {
            throw new ForbiddenException("error.view.shareForbidden");
        } else if (sharing == ViewSharing.GROUPS && sharedWith.isEmpty()) {
            problems.add("sharedWith", "error.view.sharedWithRequired");
        }
        sharedWith.stream().filter(g -> g == null || directory.group(g).isEmpty()).findFirst()
                .ifPresent(g -> problems.add("sharedWith", "error.group.notFound"));
        List<TicketStatus> statuses = new ArrayList<>();
        for (String code : in.statuses() == null ? List.<String>of() : in.statuses()) {
            TicketStatus status = TicketStatus.fromCode(code);
            if (status == null) {
                problems.add("statuses", "error.field.unknownValue", code);
            } else if (!statuses.contains(status)) {
                statuses.add(status);
            }
        }
        if (in.group() != null && directory.group(in.group()).isEmpty()) {
            problems.add("group", "error.group.notFound");
        }
        String assignee = assignee(in.assignee(), problems);
        Priority priority = in.priority() == null ? null : Priority.fromCode(in.priority());
        if (in.priority() != null && priority == null) {
            problems.add("priority", "error.field.unknownValue", in.priority());
        }
        Channel channel = in.channel() == null ? null : Channel.fromCode(in.channel());
        if (in.channel() != null && channel == null) {
            problems.add("channel", "error.field.unknownValue", in.channel());
        }
        if (in.category() != null && !categories.existsById(in.category())) {
            problems.add("category", "error.category.notFound");
        }
        List<String> tags = in.tags() == null ? List.of() : List.copyOf(TicketInput.tags(in.tags(), problems));
        if (tags.size() > MAX_TAGS) {
            problems.add("tags", "error.view.tooManyTags", MAX_TAGS);
        }
        range("dueWithinMinutes", in.dueWithinMinutes(), 0, MAX_DUE_WITHIN_MINUTES, problems);
        range("updatedWithinHours", in.updatedWithinHours(), 1, MAX_UPDATED_WITHIN_HOURS, problems);
        List<String> columns = in.columns() == null || in.columns().isEmpty() ? TicketView.DEFAULT_COLUMNS
                : TicketView.COLUMNS.stream().filter(in.columns()::contains).toList(); // the table's order
        (in.columns() == null ? List.<String>of() : in.columns()).stream().filter(c -> !TicketView.COLUMNS.contains(c))
                .findFirst()
                .ifPresent(c -> problems.add("columns", "error.view.column", c, String.join(", ", TicketView.COLUMNS)));
        String sort = in.sort() == null || in.sort().isBlank() ? TicketView.DEFAULT_SORT : in.sort().strip();
        if (!TicketView.SORTS.contains(sort)) {
            problems.add("sort", "error.ticket.sort", String.join(", ", TicketView.SORTS));
        }
        problems.throwIfAny();
        return new TicketView.Definition(name, sharing, sharedWith, statuses, in.group(), assignee, priority, channel,
                in.category(), tags, in.dueWithinMinutes(), in.updatedWithinHours(), columns, sort);
    }

    /** "me", "none", null for anyone, or the id of an agent or admin. */
    private String assignee(String raw, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank() || raw.equals("anyone")) {
            return null;
        }
        if (raw.equals("me") || raw.equals("none")) {
            return raw;
        }
        boolean staff = raw.matches("\\d{1,18}") && directory.user(Long.parseLong(raw))
                .filter(u -> u.role().worksTickets()).isPresent();
        if (!staff) {
            problems.add("assignee", "error.view.assignee");
        }
        return raw;
    }

    private static void range(String field, Integer value, int min, int max, InvalidInputException.Collector problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(field, "error.view.range", min, max);
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.view.staffOnly");
        }
    }
}
