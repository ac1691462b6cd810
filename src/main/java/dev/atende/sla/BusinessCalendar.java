package dev.atende.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Business time in one time zone: weekly hours, minus holidays. Hours are local wall-clock
 * times, so 08:00-18:00 stays 08:00-18:00 across a daylight-saving change; a business minute is
 * a real elapsed minute inside those hours (a 24/7 day of the autumn change has 25 hours).
 */
public record BusinessCalendar(ZoneId zone, BusinessHours hours, List<Holiday> holidays) {

    /** No deadline is further than this from its start; more means the calendar has no open days. */
    private static final int MAX_DAYS = 366 * 20;

    public BusinessCalendar {
        Objects.requireNonNull(zone);
        if (hours == null || hours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs business hours on at least one day");
        }
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    public static BusinessCalendar allDay(ZoneId zone) {
        return new BusinessCalendar(zone, BusinessHours.allDay(), List.of());
    }

    /** The moment {@code businessTime} of business time after {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time to add is negative");
        }
        if (businessTime.isZero()) {
            return start; // due at once, even outside business hours
        }
        Duration remaining = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                if (!span.end.isAfter(start)) {
                    continue;
                }
                Instant from = span.start.isAfter(start) ? span.start : start;
                Duration open = Duration.between(from, span.end);
                if (open.compareTo(remaining) >= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(open);
            }
        }
        throw new IllegalStateException("no business hours within " + MAX_DAYS + " days of " + start);
    }

    /** Business time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                Instant start = span.start.isAfter(from) ? span.start : from;
                Instant end = span.end.isBefore(to) ? span.end : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    public boolean isBusinessTime(Instant moment) {
        for (Span span : spans(moment.atZone(zone).toLocalDate())) {
            if (!moment.isBefore(span.start) && moment.isBefore(span.end)) {
                return true;
            }
        }
        return false;
    }

    public boolean isHoliday(LocalDate day) {
        for (Holiday holiday : holidays) {
            if (holiday.fallsOn(day)) {
                return true;
            }
        }
        return false;
    }

    private List<Span> spans(LocalDate day) {
        if (isHoliday(day)) {
            return List.of();
        }
        List<BusinessInterval> intervals = hours.on(day.getDayOfWeek());
        List<Span> spans = new ArrayList<>(intervals.size());
        for (BusinessInterval interval : intervals) {
            Instant start = at(day, interval.startMinute());
            Instant end = at(day, interval.endMinute());
            if (end.isAfter(start)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    /** A local time of a day as an instant: a time in a spring-forward gap moves past the gap. */
    private Instant at(LocalDate day, int minuteOfDay) {
        if (minuteOfDay == 0) {
            return day.atStartOfDay(zone).toInstant();
        }
        if (minuteOfDay == BusinessInterval.DAY) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        var local = day.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
        var rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant(); // in a spring-forward gap: where the gap ends
        }
        return local.atZone(zone).toInstant();
    }

    private record Span(Instant start, Instant end) {
    }
}
