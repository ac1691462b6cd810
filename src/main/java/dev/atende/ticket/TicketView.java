package dev.atende.ticket;

import dev.atende.ticket.internal.EnumCodes;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A saved queue: filters, the columns shown and a sort, under a name. Its owner keeps it for
 * themselves, or (an admin) shares it with the agents of some groups or with every agent. Running
 * it never widens what the runner may see: the filters narrow the runner's own tickets.
 */
@Entity
@Table(name = "ticket_views")
public class TicketView {

    /** The columns a view may show, in the order of the table. */
    public static final List<String> COLUMNS = List.of("number", "subject", "customer", "group", "assignee", "status",
            "priority", "updated", "created", "due");
    public static final List<String> DEFAULT_COLUMNS = List.of("number", "subject", "status", "priority", "due",
            "customer", "group", "assignee", "updated");
    /**
     * Sorts a view may use: each walks an index (V15, V16) instead of sorting every match, so a
     * view stays quick at a million tickets. Subject, status and customer are shown but not sorted.
     */
    public static final List<String> SORTS = List.of("-updatedAt", "updatedAt", "-createdAt", "createdAt", "due",
            "-due", "-priority", "priority", "-number", "number");
    public static final String DEFAULT_SORT = "-updatedAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    private String name;

    private String sharing;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticket_view_groups", joinColumns = @JoinColumn(name = "view_id"))
    @Column(name = "group_id")
    private Set<Long> sharedWith = new TreeSet<>();

    private String statuses;

    @Column(name = "group_id")
    private Long groupId;

    private String assignee;

    @Convert(converter = EnumCodes.PriorityColumn.class)
    private Priority priority;

    @Convert(converter = EnumCodes.ChannelColumn.class)
    private Channel channel;

    @Column(name = "category_id")
    private Long categoryId;

    private String tags;

    @Column(name = "due_within_minutes")
    private Integer dueWithinMinutes;

    @Column(name = "updated_within_hours")
    private Integer updatedWithinHours;

    @Column(name = "columns_shown")
    private String columns;

    private String sort;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TicketView() {
    }

    TicketView(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    /** Takes a checked definition (see {@link TicketViewManagement}) as a whole. */
    void define(Definition d, Instant now) {
        this.name = d.name();
        this.sharing = d.sharing().code();
        this.sharedWith = new TreeSet<>(d.sharing() == ViewSharing.GROUPS ? d.sharedWith() : Set.of());
        this.statuses = join(d.statuses().stream().map(TicketStatus::code).toList());
        this.groupId = d.groupId();
        this.assignee = d.assignee();
        this.priority = d.priority();
        this.channel = d.channel();
        this.categoryId = d.categoryId();
        this.tags = join(d.tags());
        this.dueWithinMinutes = d.dueWithinMinutes();
        this.updatedWithinHours = d.updatedWithinHours();
        this.columns = String.join(",", d.columns());
        this.sort = d.sort();
        this.updatedAt = now;
    }

    /** A checked view: every code known, every id existing, columns and sort from the lists above. */
    record Definition(String name, ViewSharing sharing, Set<Long> sharedWith, List<TicketStatus> statuses,
            Long groupId, String assignee, Priority priority, Channel channel, Long categoryId, List<String> tags,
            Integer dueWithinMinutes, Integer updatedWithinHours, List<String> columns, String sort) {
    }

    /** What the view lists, as of {@code now}; {@code sortOverride} (a clicked column) replaces the saved sort. */
    public TicketFilter filter(Instant now, String sortOverride) {
        return new TicketFilter(statuses(), priority, groupId, assignee, null, null,
                sortOverride == null ? sort : sortOverride,
                dueWithinMinutes == null ? null : now.plus(Duration.ofMinutes(dueWithinMinutes)),
                updatedWithinHours == null ? null : now.minus(Duration.ofHours(updatedWithinHours)), channel,
                categoryId, tags().isEmpty() ? null : tags());
    }

    /** Whether this person may run the view: its owner, and the agents it is shared with. */
    boolean isVisibleTo(dev.atende.identity.Actor actor) {
        return ownerId == actor.id() || sharing() == ViewSharing.EVERYONE
                || sharing() == ViewSharing.GROUPS && sharedWith.stream().anyMatch(actor.groupIds()::contains)
                || actor.isAdmin() && sharing().isShared();
    }

    /** Owners change their personal views; admins change shared ones. */
    boolean isEditableBy(dev.atende.identity.Actor actor) {
        return sharing().isShared() ? actor.isAdmin() : ownerId == actor.id();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public ViewSharing sharing() {
        return ViewSharing.fromCode(sharing);
    }

    public Set<Long> sharedWith() {
        return Set.copyOf(sharedWith);
    }

    public List<TicketStatus> statuses() {
        return split(statuses).stream().map(TicketStatus::fromCode).toList();
    }

    public Long groupId() {
        return groupId;
    }

    public String assignee() {
        return assignee;
    }

    public Priority priority() {
        return priority;
    }

    public Channel channel() {
        return channel;
    }

    public Long categoryId() {
        return categoryId;
    }

    public List<String> tags() {
        return split(tags);
    }

    public Integer dueWithinMinutes() {
        return dueWithinMinutes;
    }

    public Integer updatedWithinHours() {
        return updatedWithinHours;
    }

    public List<String> columns() {
        return split(columns);
    }

    public String sort() {
        return sort;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
