package dev.atende.sla.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaClock;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an SLA is computed from: when the clock started, its pauses, when the first answer came,
 * since when a customer waits for the next one, when the ticket was solved, and which warnings
 * and breaches were already signalled. Due times follow from these, a policy and a calendar.
 */
record SlaFacts(SlaClock clock, Instant firstResponseAt, Instant awaitingReplySince, Instant resolvedAt,
        Set<SlaTarget> warned, Set<SlaTarget> breached) {

    /** Due and warning times per target, and which targets still run. */
    record Times(Map<SlaTarget, Instant> due, Map<SlaTarget, Instant> warn, Set<SlaTarget> running) {

        Instant due(SlaTarget target) {
            return due.get(target);
        }

        /** The earliest due time of a running target (queues sort by it). */
        Instant nextDue() {
            Instant next = null;
            for (SlaTarget target : running) {
                next = earliest(next, due.get(target));
            }
            return next;
        }

        /** The earliest warning time of a running target (badges turn amber from then). */
        Instant nextWarn() {
            Instant next = null;
            for (SlaTarget target : running) {
                next = earliest(next, warn.get(target));
            }
            return next;
        }

        /** When the checker has something to signal next: a warning or a breach not yet signalled. */
        Instant nextCheck(Set<SlaTarget> warned, Set<SlaTarget> breached) {
            Instant next = null;
            for (SlaTarget target : running) {
                if (!breached.contains(target)) {
                    next = earliest(next, warned.contains(target) ? due.get(target)
                            : earliest(warn.get(target), due.get(target)));
                }
            }
            return next;
        }

        private static Instant earliest(Instant a, Instant b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }
    }

    /** A warning or breach to publish. */
    record Signal(SlaTarget target, boolean breach, Instant warnAt, Instant dueAt) {
    }

    Times times(SlaPolicy policy, BusinessCalendar calendar) {
        Map<SlaTarget, Instant> due = new EnumMap<>(SlaTarget.class);
        Map<SlaTarget, Instant> warn = new EnumMap<>(SlaTarget.class);
        Set<SlaTarget> running = EnumSet.noneOf(SlaTarget.class);
        if (policy == null) {
            return new Times(due, warn, running);
        }
        for (SlaTarget target : SlaTarget.values()) {
            Duration promised = policy.target(target);
            if (promised == null || (target == SlaTarget.NEXT_RESPONSE && awaitingReplySince == null)) {
                continue;
            }
            SlaClock runs = target == SlaTarget.NEXT_RESPONSE ? clock.since(awaitingReplySince) : clock;
            try {
                runs.due(calendar, promised).ifPresent(at -> due.put(target, at));
                runs.due(calendar, policy.warning(target)).ifPresent(at -> warn.put(target, at));
            } catch (IllegalStateException tooFar) {
                continue; // the calendar has no room for this target (refused on save; defensive)
            }
            boolean met = resolvedAt != null
                    || (target == SlaTarget.FIRST_RESPONSE && firstResponseAt != null);
            if (!met) {
                running.add(target);
            }
        }
        return new Times(due, warn, running);
    }

    /** The warnings and breaches due by {@code now} and not yet signalled, in the order they happened. */
    List<Signal> signals(Times times, Instant now) {
        List<Signal> signals = new ArrayList<>();
        for (SlaTarget target : times.running()) {
            Instant dueAt = times.due(target);
            Instant warnAt = times.warn().get(target);
            if (dueAt != null && !dueAt.isAfter(now) && !breached.contains(target)) {
                signals.add(new Signal(target, true, warnAt, dueAt));
            } else if (warnAt != null && !warnAt.isAfter(now) && !warned.contains(target)
                    && !breached.contains(target)) {
                signals.add(new Signal(target, false, warnAt, dueAt));
            }
        }
        signals.sort((a, b) -> (a.breach() ? a.dueAt() : a.warnAt()).compareTo(b.breach() ? b.dueAt() : b.warnAt()));
        return signals;
    }
}
