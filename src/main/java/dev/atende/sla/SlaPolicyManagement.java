package dev.atende.sla;

import static dev.atende.sla.CalendarManagement.required;
import static dev.atende.sla.CalendarManagement.requireAdmin;
import static dev.atende.sla.CalendarManagement.requireStaff;

import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.sla.internal.SlaCalendars;
import dev.atende.sla.internal.SlaPolicies;
import dev.atende.sla.internal.SlaRules;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies, matched in order. A change of targets, pauses or calendar recomputes the due times
 * of the open tickets under the policy; new or reordered conditions apply to tickets created or
 * changed (priority, group, category, organization, customer) from then on.
 */
@Service
@Transactional
public class SlaPolicyManagement {

    /** A year of business minutes: anything longer is a typo, not a promise. */
    static final int MAX_MINUTES = 525_600;

    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final ApplicationEventPublisher events;
    private final SlaRules rules;
    private final Clock clock;

    SlaPolicyManagement(SlaPolicies policies, SlaCalendars calendars, ApplicationEventPublisher events, SlaRules rules,
            Clock clock) {
        this.policies = policies;
        this.rules = rules;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> list(Actor actor) {
        requireStaff(actor);
        return policies.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional(readOnly = true)
    public SlaPolicy get(Actor actor, long id) {
        requireStaff(actor);
        return policies.findById(id).orElseThrow(() -> new NotFoundException("error.sla.policyNotFound"));
    }

    public SlaPolicy create(Actor actor, PolicyDraft draft) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        String name = required("name", draft.name().value(), problems);
        Long calendar = draft.calendar().value();
        if (calendar == null) {
            problems.add("calendar", "error.field.required");
        }
        check(draft, name, null, problems);
        problems.throwIfAny();
        int order = draft.order().present() && draft.order().value() != null ? draft.order().value()
                : policies.findAllByOrderByPositionAscIdAsc().stream().mapToInt(SlaPolicy::position).max().orElse(0) + 1;
        var policy = new SlaPolicy(name, order, calendar, clock.instant());
        apply(policy, draft);
        checkFits(policy);
        rules.forget();
        return policies.save(policy);
    }

    public SlaPolicy update(Actor actor, long id, Long expectedVersion, PolicyDraft draft) {
        requireAdmin(actor);
        SlaPolicy policy = policies.findById(id).orElseThrow(() -> new NotFoundException("error.sla.policyNotFound"));
        if (expectedVersion != null && expectedVersion != policy.version()) {
            throw new PreconditionFailedException("error.stale", policy.version());
        }
        var problems = new InvalidInputException.Collector();
        String name = draft.name().present() ? required("name", draft.name().value(), problems) : policy.name();
        if (draft.calendar().present() && draft.calendar().value() == null) {
            problems.add("calendar", "error.field.required");
        }
        check(draft, name, id, problems);
        problems.throwIfAny();
        String before = dueRelevant(policy);
        policy.rename(name);
        apply(policy, draft);
        checkFits(policy);
        policies.saveAndFlush(policy);
        rules.forget();
        if (!before.equals(dueRelevant(policy))) {
            events.publishEvent(new SlaSettingsChanged(List.of(policy.id())));
        }
        return policy;
    }

    /** Tickets keep their due times as they were; they get no SLA until a policy matches them again. */
    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        policies.delete(policies.findById(id).orElseThrow(() -> new NotFoundException("error.sla.policyNotFound")));
        rules.forget();
    }

    private void check(PolicyDraft draft, String name, Long self, InvalidInputException.Collector problems) {
        if (name != null) {
            policies.findByNameIgnoreCase(name).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> problems.add("name", "error.sla.nameTaken"));
        }
        Long calendar = draft.calendar().value();
        if (calendar != null && calendars.findById(calendar).isEmpty()) {
            problems.add("calendar", "error.sla.calendarNotFound");
        }
        if (draft.conditions().present() && draft.conditions().value() != null) {
            if (!draft.conditions().value().isWellFormed()) {
                problems.add("conditions", "error.sla.conditions");
            } else if (draft.conditions().value().text().length() > PolicyConditions.MAX_TEXT) {
                problems.add("conditions", "error.sla.conditionsTooLong");
            }
        }
        if (draft.order().present() && (draft.order().value() == null || draft.order().value() < 0)) {
            problems.add("order", "error.sla.order");
        }
        minutes("firstResponseMinutes", draft.firstResponseMinutes(), problems);
        minutes("nextResponseMinutes", draft.nextResponseMinutes(), problems);
        minutes("resolutionMinutes", draft.resolutionMinutes(), problems);
        Integer warn = draft.warnAtPercent().value();
        if (draft.warnAtPercent().present() && (warn == null || warn < 1 || warn > 99)) {
            problems.add("warnAtPercent", "error.sla.warnAtPercent");
        }
        for (String flag : new String[] {"pauseOnPending", "pauseOnHold", "active"}) {
            Change<Boolean> value = flag.equals("active") ? draft.active()
                    : flag.equals("pauseOnHold") ? draft.pauseOnHold() : draft.pauseOnPending();
            if (value.present() && value.value() == null) {
                problems.add(flag, "error.field.required");
            }
        }
    }

    /** Each target must end within the calendar's reach (a calendar open three hours a week cannot promise a year). */
    private void checkFits(SlaPolicy policy) {
        var problems = new InvalidInputException.Collector();
        calendars.findById(policy.calendarId()).ifPresent(stored -> {
            for (SlaTarget target : SlaTarget.values()) {
                if (policy.target(target) == null) {
                    continue;
                }
                try {
                    stored.calendar().plus(clock.instant(), policy.target(target));
                } catch (IllegalStateException tooFar) {
                    problems.add(field(target), "error.sla.targetTooFar", stored.name());
                }
            }
        });
        problems.throwIfAny();
    }

    private static String field(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> "firstResponseMinutes";
            case NEXT_RESPONSE -> "nextResponseMinutes";
            case RESOLUTION -> "resolutionMinutes";
        };
    }

    private static void minutes(String field, Change<Integer> value, InvalidInputException.Collector problems) {
        if (value.present() && value.value() != null && (value.value() < 1 || value.value() > MAX_MINUTES)) {
            problems.add(field, "error.sla.minutes", MAX_MINUTES);
        }
    }

    private static void apply(SlaPolicy policy, PolicyDraft draft) {
        draft.order().ifPresent(policy::moveTo);
        draft.calendar().ifPresent(policy::useCalendar);
        draft.conditions().ifPresent(c -> policy.cover(c == null ? PolicyConditions.none() : c));
        draft.firstResponseMinutes().ifPresent(m -> policy.promise(SlaTarget.FIRST_RESPONSE, m));
        draft.nextResponseMinutes().ifPresent(m -> policy.promise(SlaTarget.NEXT_RESPONSE, m));
        draft.resolutionMinutes().ifPresent(m -> policy.promise(SlaTarget.RESOLUTION, m));
        draft.pauseOnPending().ifPresent(policy::pauseOnPending);
        draft.pauseOnHold().ifPresent(policy::pauseOnHold);
        draft.warnAtPercent().ifPresent(policy::warnAt);
        draft.active().ifPresent(policy::activate);
    }

    /** What the due times of the policy's tickets depend on. */
    private static String dueRelevant(SlaPolicy policy) {
        return Objects.hash(policy.calendarId(), policy.minutes(SlaTarget.FIRST_RESPONSE),
                policy.minutes(SlaTarget.NEXT_RESPONSE), policy.minutes(SlaTarget.RESOLUTION), policy.warnAtPercent())
                + "/" + policy.calendarId();
    }
}
