package dev.atende.reporting;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.reporting.internal.ScheduleStore;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.Texts;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled reports, managed by admins. A new schedule mails its first report after the first
 * whole period from now (next Monday, or the 1st of next month, in its time zone).
 */
@Service
@Transactional
public class ReportSchedules {

    static final int MAX_RECIPIENTS = 50;

    private final ScheduleStore store;
    private final Directory directory;
    private final ReportingSettings settings;
    private final Clock clock;

    ReportSchedules(ScheduleStore store, Directory directory, ReportingSettings settings, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportSchedule> list(Actor actor) {
        requireAdmin(actor);
        return store.all();
    }

    @Transactional(readOnly = true)
    public ReportSchedule get(Actor actor, long id) {
        requireAdmin(actor);
        return store.find(id).orElseThrow(() -> new NotFoundException("error.report.scheduleNotFound"));
    }

    public ReportSchedule create(Actor actor, ScheduleDraft draft) {
        requireAdmin(actor);
        var blank = new ReportSchedule(0, null, null, null, settings.timeZone().getId(), List.of(), true, null, null);
        ReportSchedule s = apply(blank, draft, true);
        ZoneId zone = ZoneId.of(s.timeZone());
        s = with(s, s.frequency().lastPeriodEnd(clock.instant(), zone));
        return store.find(store.insert(s, clock.instant())).orElseThrow();
    }

    public ReportSchedule update(Actor actor, long id, ScheduleDraft draft) {
        ReportSchedule before = get(actor, id);
        ReportSchedule s = apply(before, draft, false);
        if (s.frequency() != before.frequency() || !s.timeZone().equals(before.timeZone())) {
            s = with(s, s.frequency().lastPeriodEnd(clock.instant(), ZoneId.of(s.timeZone()))); // starts afresh
        }
        store.update(s);
        return store.find(id).orElseThrow();
    }

    public void delete(Actor actor, long id) {
        get(actor, id);
        store.delete(id);
    }

    private ReportSchedule apply(ReportSchedule s, ScheduleDraft d, boolean creating) {
        var problems = new InvalidInputException.Collector();
        String name = s.name();
        if (creating || d.name().present()) {
            name = d.name().value() == null ? null : d.name().value().strip();
            if (name == null || name.isEmpty()) {
                problems.add("name", "error.field.required");
            } else if (name.length() > 100 || Texts.hasControlCharacters(name)) {
                problems.add("name", "error.field.tooLong", 100);
            }
        }
        ReportFrequency frequency = s.frequency();
        if (creating || d.frequency().present()) {
            frequency = ReportFrequency.fromCode(d.frequency().value() == null ? "" : d.frequency().value());
            if (frequency == null) {
                problems.add("frequency", "error.report.frequency");
            }
        }
        Long group = d.group().present() ? d.group().value() : s.group();
        if (group != null && directory.group(group).isEmpty()) {
            problems.add("group", "error.report.unknown", group);
        }
        String zone = s.timeZone();
        if (d.timeZone().present() && d.timeZone().value() != null) {
            try {
                zone = ZoneId.of(d.timeZone().value().strip()).getId();
            } catch (DateTimeException e) {
                problems.add("timeZone", "error.report.timeZone");
            }
        }
        List<Long> recipients = s.recipients();
        if (creating || d.recipients().present()) {
            recipients = d.recipients().value() == null ? List.of() : d.recipients().value();
            if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS || recipients.contains(null)) {
                problems.add("recipients", "error.report.recipients", MAX_RECIPIENTS);
            } else if (recipients.stream().anyMatch(id -> directory.user(id)
                    .filter(u -> u.role().worksTickets()).isEmpty())) {
                problems.add("recipients", "error.report.recipientStaff");
            }
        }
        boolean active = d.active().present() ? Boolean.TRUE.equals(d.active().value()) : s.active();
        if (d.active().present() && d.active().value() == null) {
            problems.add("active", "error.field.required");
        }
        problems.throwIfAny();
        return new ReportSchedule(s.id(), name, frequency, group, zone, recipients, active, s.lastPeriodEnd(),
                s.lastRunAt());
    }

    private static ReportSchedule with(ReportSchedule s, java.time.Instant lastPeriodEnd) {
        return new ReportSchedule(s.id(), s.name(), s.frequency(), s.group(), s.timeZone(), s.recipients(), s.active(),
                lastPeriodEnd, s.lastRunAt());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
