package dev.atende.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock of one SLA target on one ticket: it runs from {@code startedAt} in business time and
 * stops during pauses (a ticket pending on the customer). The due time follows from the target,
 * so a changed target (a new priority) gives a new due time from the same history.
 */
public record SlaClock(Instant startedAt, List<Pause> pauses) {

    /** A stop of the clock; {@code to} is null while it lasts. */
    public record Pause(Instant from, Instant to) {

        public Pause {
            if (from == null || (to != null && to.isBefore(from))) {
                throw new IllegalArgumentException("a pause ends after it starts");
            }
        }
    }

    public SlaClock {
        pauses = List.copyOf(pauses);
        Instant last = startedAt;
        for (Pause pause : pauses) {
            if (pause.from().isBefore(last)) {
                throw new IllegalArgumentException("pauses are in order, after the start, one at a time");
            }
            if (pause.to() == null && pause != pauses.get(pauses.size() - 1)) {
                throw new IllegalArgumentException("only the last pause may still last");
            }
            last = pause.to() == null ? pause.from() : pause.to();
        }
    }

    public static SlaClock startedAt(Instant start) {
        return new SlaClock(start, List.of());
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).to() == null;
    }

    public SlaClock pause(Instant at) {
        if (isPaused()) {
            return this;
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(at, null));
        return new SlaClock(startedAt, more);
    }

    public SlaClock resume(Instant at) {
        if (!isPaused()) {
            return this;
        }
        List<Pause> more = new ArrayList<>(pauses);
        Pause open = more.remove(more.size() - 1);
        more.add(new Pause(open.from(), at.isBefore(open.from()) ? open.from() : at));
        return new SlaClock(startedAt, more);
    }

    /** The same history seen from {@code from} on: the clock of a later target (the next response). */
    public SlaClock since(Instant from) {
        List<Pause> kept = new ArrayList<>();
        for (Pause pause : pauses) {
            if (pause.to() != null && !pause.to().isAfter(from)) {
                continue;
            }
            kept.add(new Pause(pause.from().isBefore(from) ? from : pause.from(), pause.to()));
        }
        return new SlaClock(from, kept);
    }

    /**
     * When the target is reached: possibly in the past (a breach, with its true time, even one
     * that happened while the server was down); empty while paused short of the target.
     */
    public Optional<Instant> due(BusinessCalendar calendar, Duration target) {
        Duration remaining = target;
        Instant runningFrom = startedAt;
        for (Pause pause : pauses) {
            Duration ran = calendar.between(runningFrom, pause.from());
            if (ran.compareTo(remaining) >= 0) {
                return Optional.of(calendar.plus(runningFrom, remaining));
            }
            remaining = remaining.minus(ran);
            if (pause.to() == null) {
                return Optional.empty();
            }
            runningFrom = pause.to();
        }
        return Optional.of(calendar.plus(runningFrom, remaining));
    }

    /** Business time the clock has run until {@code now}. */
    public Duration elapsed(BusinessCalendar calendar, Instant now) {
        Duration ran = Duration.ZERO;
        Instant runningFrom = startedAt;
        for (Pause pause : pauses) {
            if (!pause.from().isBefore(now)) {
                break;
            }
            ran = ran.plus(calendar.between(runningFrom, pause.from()));
            if (pause.to() == null || !pause.to().isBefore(now)) {
                return ran;
            }
            runningFrom = pause.to();
        }
        return ran.plus(calendar.between(runningFrom, now));
    }
}
