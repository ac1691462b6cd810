package dev.atende.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a calendar's hours and holidays are stored: {@code MONDAY=08:00-12:00,13:00-18:00;...} and
 * one holiday per line, {@code once|2026-12-24|name}, {@code yearly|12-25|name} or
 * {@code easter|-47|name}. Only written from validated values, so reading cannot fail on good data.
 */
final class CalendarText {

    private CalendarText() {
    }

    static String hours(BusinessHours hours) {
        List<String> days = new ArrayList<>();
        hours.days().forEach((day, intervals) -> days.add(day.name() + "=" + String.join(",",
                intervals.stream().map(i -> i.start() + "-" + i.end()).toList())));
        return String.join(";", days);
    }

    static BusinessHours hours(String text) {
        Map<DayOfWeek, List<BusinessInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (String day : text.split(";")) {
            if (day.isBlank()) {
                continue;
            }
            String[] parts = day.split("=", 2);
            List<BusinessInterval> intervals = new ArrayList<>();
            for (String interval : parts[1].split(",")) {
                String[] ends = interval.split("-", 2);
                intervals.add(BusinessInterval.parse(ends[0], ends[1]));
            }
            days.put(DayOfWeek.valueOf(parts[0]), intervals);
        }
        return new BusinessHours(days);
    }

    static String holidays(List<Holiday> holidays) {
        List<String> lines = new ArrayList<>();
        for (Holiday holiday : holidays) {
            String day = switch (holiday.kind()) {
                case ONCE -> holiday.date().toString();
                case YEARLY -> String.format("%02d-%02d", holiday.yearly().getMonthValue(), holiday.yearly().getDayOfMonth());
                case EASTER -> Integer.toString(holiday.daysFromEaster());
            };
            lines.add(holiday.kind().name().toLowerCase() + "|" + day + "|" + holiday.name());
        }
        return String.join("\n", lines);
    }

    static List<Holiday> holidays(String text) {
        List<Holiday> holidays = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            holidays.add(switch (parts[0]) {
                case "once" -> Holiday.once(parts[2], LocalDate.parse(parts[1]));
                case "yearly" -> Holiday.yearly(parts[2], MonthDay.parse("--" + parts[1]));
                default -> Holiday.fromEaster(parts[2], Integer.parseInt(parts[1]));
            });
        }
        return holidays;
    }
}
