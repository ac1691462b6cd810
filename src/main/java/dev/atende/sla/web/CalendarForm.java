package dev.atende.sla.web;

import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Texts;
import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.BusinessHours;
import dev.atende.sla.BusinessInterval;
import dev.atende.sla.CalendarDraft;
import dev.atende.sla.Holiday;
import dev.atende.sla.SlaCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The calendar form: one line of intervals per weekday ({@code 08:00-12:00, 13:00-18:00}) and one
 * holiday per line: {@code 2026-12-24 Name} (once), {@code 12-25 Name} (every year) or
 * {@code E-47 Name} (days from Easter Sunday).
 */
record CalendarForm(String name, String timeZone, String monday, String tuesday, String wednesday, String thursday,
        String friday, String saturday, String sunday, String holidays) {

    static final int MAX_HOLIDAY_LINES = SlaRequests.MAX_HOLIDAYS;

    static CalendarForm blank() {
        return new CalendarForm("", "America/Sao_Paulo", "08:00-12:00, 13:00-18:00", "08:00-12:00, 13:00-18:00",
                "08:00-12:00, 13:00-18:00", "08:00-12:00, 13:00-18:00", "08:00-12:00, 13:00-18:00", "", "", "");
    }

    static CalendarForm of(SlaCalendar stored) {
        BusinessCalendar calendar = stored.calendar();
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(calendar.hours().on(day).stream().map(i -> i.start() + "-" + i.end())
                    .collect(Collectors.joining(", ")));
        }
        return new CalendarForm(stored.name(), calendar.zone().getId(), days.get(0), days.get(1), days.get(2),
                days.get(3), days.get(4), days.get(5), days.get(6), lines(calendar.holidays()));
    }

    static String lines(List<Holiday> holidays) {
        return holidays.stream().map(h -> switch (h.kind()) {
            case ONCE -> h.date() + " " + h.name();
            case YEARLY -> String.format("%02d-%02d %s", h.yearly().getMonthValue(), h.yearly().getDayOfMonth(), h.name());
            case EASTER -> String.format("E%+d %s", h.daysFromEaster(), h.name());
        }).collect(Collectors.joining("\n"));
    }

    /** The form with these holidays added after the ones typed (no line twice). */
    CalendarForm withHolidays(List<Holiday> more) {
        List<String> all = new ArrayList<>(text(holidays).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        for (String line : lines(more).split("\n")) {
            if (!all.contains(line)) {
                all.add(line);
            }
        }
        return new CalendarForm(name, timeZone, monday, tuesday, wednesday, thursday, friday, saturday, sunday,
                String.join("\n", all));
    }

    CalendarDraft draft() {
        var problems = new InvalidInputException.Collector();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(text(timeZone).strip());
        } catch (DateTimeException e) {
            problems.add("timeZone", "error.sla.timeZone", text(timeZone));
        }
        String[] perDay = {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
        Map<DayOfWeek, List<BusinessInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String field = day.name().toLowerCase();
            List<BusinessInterval> intervals = new ArrayList<>();
            for (String part : text(perDay[day.ordinal()]).split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] ends = part.strip().split("\\s*-\\s*");
                try {
                    intervals.add(BusinessInterval.parse(ends[0], ends.length > 1 ? ends[1] : ""));
                } catch (IllegalArgumentException e) {
                    problems.add(field, "error.sla.interval");
                }
            }
            if (intervals.size() > SlaRequests.MAX_INTERVALS_PER_DAY) {
                problems.add(field, "error.sla.intervals", SlaRequests.MAX_INTERVALS_PER_DAY);
            }
            days.put(day, intervals);
        }
        BusinessHours hours = null;
        try {
            hours = new BusinessHours(days);
            if (hours.isEmpty()) {
                problems.add("monday", "error.sla.noHours");
            }
        } catch (IllegalArgumentException e) {
            problems.add("monday", "error.sla.overlap");
        }
        List<Holiday> parsed = holidays(problems);
        problems.throwIfAny();
        return new CalendarDraft(Change.to(text(name).strip()), Change.to(zone), Change.to(hours), Change.to(parsed));
    }

    private List<Holiday> holidays(InvalidInputException.Collector problems) {
        List<Holiday> parsed = new ArrayList<>();
        List<String> lines = text(holidays).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_HOLIDAY_LINES) {
            problems.add("holidays", "error.sla.holidays", MAX_HOLIDAY_LINES);
            return parsed;
        }
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            String label = parts.length > 1 ? parts[1].strip() : "";
            if (label.isEmpty() || label.length() > 100 || Texts.hasControlCharacters(label)) {
                problems.add("holidays", "error.sla.holidayLine", line);
                continue;
            }
            try {
                if (parts[0].matches("[Ee][+-]\\d{1,3}")) {
                    int days = Integer.parseInt(parts[0].substring(1));
                    if (Math.abs(days) > 366) {
                        throw new DateTimeException("too far from Easter");
                    }
                    parsed.add(Holiday.fromEaster(label, days));
                } else if (parts[0].matches("\\d{2}-\\d{2}")) {
                    parsed.add(Holiday.yearly(label, MonthDay.parse("--" + parts[0])));
                } else {
                    parsed.add(Holiday.once(label, LocalDate.parse(parts[0])));
                }
            } catch (DateTimeException e) {
                problems.add("holidays", "error.sla.holidayLine", line);
            }
        }
        return parsed;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
