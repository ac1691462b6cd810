package dev.atende.ticket;

import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.internal.EnumCodes;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A customer's request and everything done about it. State changes go through methods that
 * guard the allowed moves and note each change for the ticket's history.
 */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long number;
    private String subject;

    @Convert(converter = EnumCodes.StatusColumn.class)
    private TicketStatus status;

    @Convert(converter = EnumCodes.PriorityColumn.class)
    private Priority priority;

    @Convert(converter = EnumCodes.ChannelColumn.class)
    private Channel channel;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "category_id")
    private Long categoryId;

    @ElementCollection(fetch = FetchType.EAGER) // small, and read wherever the entity is shown
    @CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** The next SLA deadline, written by the SLA module alone (never by this entity). */
    @Column(name = "sla_due_at", insertable = false, updatable = false)
    private Instant slaDueAt;

    @Column(name = "solved_at")
    private Instant solvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The ticket this one was merged into (it is then closed and tagged {@code merged}); else null. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Version
    private long version;

    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    protected Ticket() {
    }

    public Ticket(long number, String subject, Priority priority, Channel channel, long customerId,
            Long organizationId, long groupId, Instant now) {
        this.number = number;
        this.subject = subject;
        this.status = TicketStatus.NEW;
        this.priority = priority;
        this.channel = channel;
        this.customerId = customerId;
        this.organizationId = organizationId;
        this.groupId = groupId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void changeStatus(TicketStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw InvalidInputException.of("status", "error.ticket.transition", status.code(), target.code());
        }
        note("status", status.code(), target.code());
        if (target == TicketStatus.SOLVED) {
            solvedAt = now;
        } else if (status == TicketStatus.SOLVED) {
            solvedAt = null; // reopened
        }
        if (target == TicketStatus.CLOSED) {
            closedAt = now;
            if (solvedAt == null) {
                solvedAt = now;
            }
        }
        status = target;
        updatedAt = now;
    }

    public void changePriority(Priority target, Instant now) {
        if (target != priority) {
            note("priority", priority.code(), target.code());
            priority = target;
            updatedAt = now;
        }
    }

    public void changeSubject(String target, Instant now) {
        if (!target.equals(subject)) {
            note("subject", subject, target);
            subject = target;
            updatedAt = now;
        }
    }

    /** Moving to another group drops an assignee who is not in it (the caller decides). */
    public void moveToGroup(long target, Instant now) {
        if (target != groupId) {
            note("group", Long.toString(groupId), Long.toString(target));
            groupId = target;
            updatedAt = now;
        }
    }

    /**
     * Hands the ticket to another level (up or down, as {@code field} says: {@code escalation} or
     * {@code deescalation}) for the reason given; the assignee stays with the old group, so the
     * new group's routing picks the next one.
     */
    public void escalate(String field, long target, String reason, Instant now) {
        if (target == groupId) {
            throw InvalidInputException.of("toGroup", "error.ticket.sameGroup");
        }
        if (isClosed()) {
            throw InvalidInputException.of("status", "error.ticket.closed");
        }
        changes.add(new FieldChange(field, Long.toString(groupId), Long.toString(target), reason));
        groupId = target;
        assignTo(null, now);
        updatedAt = now;
    }

    public void assignTo(Long agentId, Instant now) {
        if (!Objects.equals(agentId, assigneeId)) {
            note("assignee", str(assigneeId), str(agentId));
            assigneeId = agentId;
            updatedAt = now;
        }
    }

    public void categorize(Long target, Instant now) {
        if (!Objects.equals(target, categoryId)) {
            note("category", str(categoryId), str(target));
            categoryId = target;
            updatedAt = now;
        }
    }

    public void retag(Set<String> target, Instant now) {
        Set<String> sorted = new TreeSet<>(target);
        if (!sorted.equals(tags)) {
            note("tags", String.join(", ", tags), String.join(", ", sorted));
            tags.clear();
            tags.addAll(sorted);
            updatedAt = now;
        }
    }

    /** A public reply from the team: the first one is the first response; a new ticket opens. */
    public void answeredByAgent(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        if (status == TicketStatus.NEW) {
            changeStatus(TicketStatus.OPEN, now);
        }
        updatedAt = now;
    }

    /** The customer wrote: a ticket waiting on them, or solved, needs the team again. */
    public void answeredByCustomer(Instant now) {
        if (status == TicketStatus.PENDING || status == TicketStatus.SOLVED) {
            changeStatus(TicketStatus.OPEN, now);
        }
        updatedAt = now;
    }

    public void notedInternally(Instant now) {
        updatedAt = now;
    }

    /**
     * Folds this ticket into {@code target}: closed, tagged {@code merged} (no survey is offered
     * for it) and pointing at the target, whose timeline now holds its conversation. A closed
     * ticket (merged or not) is final and cannot be merged.
     */
    void mergeInto(Ticket target, Instant now) {
        if (Objects.equals(target.id, id)) {
            throw InvalidInputException.of("into", "error.ticket.merge.self");
        }
        if (isClosed()) {
            throw InvalidInputException.of("status", mergedIntoId != null ? "error.ticket.merge.alreadyMerged"
                    : "error.ticket.closed");
        }
        changes.add(new FieldChange("merged_into", null, Long.toString(target.number)));
        mergedIntoId = target.id;
        Set<String> tagged = new TreeSet<>(tags);
        tagged.add(MERGED_TAG);
        retag(tagged, now);
        changeStatus(TicketStatus.CLOSED, now);
    }

    /** The tag of a ticket merged into another (the survey module skips tickets tagged so). */
    public static final String MERGED_TAG = "merged";

    /** Notes that {@code source}'s conversation was copied here. */
    void receiveMerged(Ticket source, Instant now) {
        if (isClosed()) {
            throw InvalidInputException.of("into", mergedIntoId != null ? "error.ticket.merge.targetMerged"
                    : "error.ticket.merge.targetClosed", Long.toString(number));
        }
        changes.add(new FieldChange("merged_from", null, Long.toString(source.number)));
        updatedAt = now;
    }

    /**
     * A link to another ticket was added or removed: for the history, though no field of the
     * ticket changed (its version stays, so nobody's open form turns stale because of a link).
     */
    void noteLink(String from, String to) {
        changes.add(new FieldChange("link", from, to));
    }

    /** Another customer now takes part (theirs was a ticket merged into this one). */
    void noteParticipant(long userId, Instant now) {
        changes.add(new FieldChange("participant", null, Long.toString(userId)));
        updatedAt = now;
    }

    public boolean isClosed() {
        return status == TicketStatus.CLOSED;
    }

    /** The changes made since the last call, for the history. */
    List<FieldChange> drainChanges() {
        var drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    private void note(String field, String from, String to) {
        changes.add(new FieldChange(field, from, to));
    }

    private static String str(Long id) {
        return id == null ? null : id.toString();
    }

    public Long id() {
        return id;
    }

    public long number() {
        return number;
    }

    public String subject() {
        return subject;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Channel channel() {
        return channel;
    }

    public long customerId() {
        return customerId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public long groupId() {
        return groupId;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public Long categoryId() {
        return categoryId;
    }

    /** The tags in alphabetical order. */
    public SortedSet<String> tags() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant slaDueAt() {
        return slaDueAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** The id of the ticket this one was merged into, or null. */
    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public long version() {
        return version;
    }
}
