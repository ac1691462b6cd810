package dev.atende.sla;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.shared.Texts;
import dev.atende.sla.internal.SlaCalendars;
import dev.atende.sla.internal.SlaPolicies;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business calendars: agents read them (to understand due times), admins change them. A changed
 * calendar recomputes the due times of the open tickets that count in it, after the commit.
 */
@Service
@Transactional
public class CalendarManagement {

    private final SlaCalendars calendars;
    private final SlaPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarManagement(SlaCalendars calendars, SlaPolicies policies, ApplicationEventPublisher events, Clock clock) {
        this.calendars = calendars;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SlaCalendar> list(Actor actor) {
        requireStaff(actor);
        return calendars.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public SlaCalendar get(Actor actor, long id) {
        requireStaff(actor);
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("error.sla.calendarNotFound"));
    }

    public SlaCalendar create(Actor actor, CalendarDraft draft) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        String name = required("name", draft.name().value(), problems);
        if (!draft.hours().present() || draft.hours().value() == null) {
            problems.add("hours", "error.field.required");
        }
        checkName(name, null, problems);
        problems.throwIfAny();
        ZoneId zone = draft.timeZone().present() && draft.timeZone().value() != null ? draft.timeZone().value()
                : ZoneId.of("America/Sao_Paulo");
        List<Holiday> holidays = draft.holidays().present() && draft.holidays().value() != null
                ? draft.holidays().value() : List.of();
        return calendars.save(new SlaCalendar(name, new BusinessCalendar(zone, draft.hours().value(), holidays),
                clock.instant()));
    }

    public SlaCalendar update(Actor actor, long id, Long expectedVersion, CalendarDraft draft) {
        requireAdmin(actor);
        SlaCalendar calendar = calendars.findById(id)
                .orElseThrow(() -> new NotFoundException("error.sla.calendarNotFound"));
        if (expectedVersion != null && expectedVersion != calendar.version()) {
            throw new PreconditionFailedException("error.stale", calendar.version());
        }
        var problems = new InvalidInputException.Collector();
        String name = draft.name().present() ? required("name", draft.name().value(), problems) : calendar.name();
        if (draft.hours().present() && draft.hours().value() == null) {
            problems.add("hours", "error.field.required");
        }
        checkName(name, id, problems);
        problems.throwIfAny();
        BusinessCalendar before = calendar.calendar();
        ZoneId zone = draft.timeZone().present() && draft.timeZone().value() != null ? draft.timeZone().value()
                : before.zone();
        BusinessHours hours = draft.hours().present() ? draft.hours().value() : before.hours();
        List<Holiday> holidays = draft.holidays().present()
                ? (draft.holidays().value() == null ? List.of() : draft.holidays().value()) : before.holidays();
        var after = new BusinessCalendar(zone, hours, holidays);
        calendar.change(name, after);
        calendars.saveAndFlush(calendar);
        if (!after.equals(before)) {
            List<Long> affected = policies.findByCalendarId(id).stream().map(SlaPolicy::id).toList();
            if (!affected.isEmpty()) {
                events.publishEvent(new SlaSettingsChanged(affected));
            }
        }
        return calendar;
    }

    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        SlaCalendar calendar = calendars.findById(id)
                .orElseThrow(() -> new NotFoundException("error.sla.calendarNotFound"));
        int users = policies.findByCalendarId(id).size();
        if (users > 0) {
            throw new CalendarInUseException(users);
        }
        calendars.delete(calendar);
    }

    private void checkName(String name, Long self, InvalidInputException.Collector problems) {
        if (name != null) {
            calendars.findByNameIgnoreCase(name).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> problems.add("name", "error.sla.nameTaken"));
        }
    }

    /** A name: present, one line of at most 100 characters (forms do not pass the API's reader). */
    static String required(String field, String value, InvalidInputException.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "error.field.required");
            return null;
        }
        if (Texts.hasControlCharacters(value)) {
            problems.add(field, "error.field.control");
            return null;
        }
        if (value.strip().length() > 100) {
            problems.add(field, "error.field.tooLong", 100);
            return null;
        }
        return value.strip();
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
