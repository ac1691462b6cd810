package dev.atende.notification;

import dev.atende.identity.Actor;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.Directory;
import dev.atende.identity.UserRef;
import dev.atende.notification.internal.NotificationRecord;
import dev.atende.notification.internal.NotificationRecords;
import dev.atende.notification.internal.PreferenceRow;
import dev.atende.notification.internal.PreferenceRows;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAccess;
import dev.atende.ticket.TicketIntake;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notices: list, count, mark read, and which kinds they want in the app. Nobody
 * reaches another person's notices: an id that is not the caller's answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** The kinds a person can turn on or off in the app (new tickets are announced by the queues). */
    public static final Set<AgentNotice> IN_APP = EnumSet.of(AgentNotice.MENTION, AgentNotice.ASSIGNED,
            AgentNotice.CUSTOMER_REPLY, AgentNotice.SLA);

    private final NotificationRecords records;
    private final PreferenceRows preferences;
    private final Directory directory;
    private final TicketIntake tickets;
    private final Clock clock;

    Notifications(NotificationRecords records, PreferenceRows preferences, Directory directory, TicketIntake tickets,
            Clock clock) {
        this.records = records;
        this.preferences = preferences;
        this.directory = directory;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The caller's notices, newest first; only the unread ones when asked. */
    public PageResult<Notification> list(Actor actor, boolean unreadOnly, PageRequest page) {
        var pageable = org.springframework.data.domain.PageRequest.of(page.page(), page.size());
        List<NotificationRecord> found = unreadOnly
                ? records.findByRecipientIdAndReadAtIsNullOrderByIdDesc(actor.id(), pageable)
                : records.findByRecipientIdOrderByIdDesc(actor.id(), pageable);
        long total = unreadOnly ? records.countByRecipientIdAndReadAtIsNull(actor.id())
                : records.countByRecipientId(actor.id());
        return new PageResult<>(views(actor, found), page.page(), page.size(), total);
    }

    public long unread(Actor actor) {
        return records.countByRecipientIdAndReadAtIsNull(actor.id());
    }

    public Notification get(Actor actor, long id) {
        return views(actor, List.of(own(actor, id))).get(0);
    }

    /** Marks one of the caller's notices read (again is fine); answers it. */
    @Transactional
    public Notification read(Actor actor, long id) {
        NotificationRecord record = own(actor, id);
        record.read(clock.instant());
        return views(actor, List.of(record)).get(0);
    }

    /** Marks all the caller's notices read; answers how many were unread. */
    @Transactional
    public int readAll(Actor actor) {
        return records.readAll(actor.id(), clock.instant());
    }

    /** The in-app kinds the caller turned off. */
    public Set<AgentNotice> turnedOff(long personId) {
        return preferences.findById(personId).map(PreferenceRow::off)
                .orElseGet(() -> EnumSet.noneOf(AgentNotice.class));
    }

    /** Keeps these in-app kinds on and turns the other ones off, for the caller. */
    @Transactional
    public void keepOn(Actor actor, Set<AgentNotice> on) {
        Set<AgentNotice> off = EnumSet.copyOf(IN_APP);
        off.removeAll(on);
        PreferenceRow row = preferences.findById(actor.id()).orElseGet(() -> new PreferenceRow(actor.id()));
        row.turnOff(off, clock.instant());
        preferences.save(row);
    }

    private NotificationRecord own(Actor actor, long id) {
        return records.findByIdAndRecipientId(id, actor.id())
                .orElseThrow(() -> new NotFoundException("notification.error.notFound"));
    }

    /**
     * With the ticket's number and subject while the person may still see it (a notice of a
     * ticket since moved away from their groups keeps no more than its id).
     */
    private List<Notification> views(Actor actor, List<NotificationRecord> found) {
        Map<Long, UserRef> people = directory.users(found.stream().map(NotificationRecord::actorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Ticket> visible = tickets.byIds(found.stream().map(NotificationRecord::ticketId)
                .collect(Collectors.toSet())).stream()
                .filter(t -> TicketAccess.canSee(actor, t))
                .collect(Collectors.toMap(Ticket::id, t -> t));
        return found.stream().map(r -> {
            Ticket ticket = visible.get(r.ticketId());
            UserRef by = r.actorId() == null ? null : people.get(r.actorId());
            return new Notification(r.id(), r.kind(), r.ticketId(), ticket == null ? null : ticket.number(),
                    ticket == null ? null : ticket.subject(), r.actorId(), by == null ? null : by.name(), r.detail(),
                    r.createdAt(), r.readAt());
        }).toList();
    }
}
