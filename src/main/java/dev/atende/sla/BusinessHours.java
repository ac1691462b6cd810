package dev.atende.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The weekly business hours of a calendar: for each weekday, sorted, non-overlapping intervals. */
public record BusinessHours(Map<DayOfWeek, List<BusinessInterval>> days) {

    public BusinessHours {
        var copy = new EnumMap<DayOfWeek, List<BusinessInterval>>(DayOfWeek.class);
        days.forEach((day, intervals) -> {
            List<BusinessInterval> sorted = new ArrayList<>(intervals);
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("the intervals of " + day + " overlap");
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    /** Every minute of every day. */
    public static BusinessHours allDay() {
        var days = new EnumMap<DayOfWeek, List<BusinessInterval>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(new BusinessInterval(0, BusinessInterval.DAY)));
        }
        return new BusinessHours(days);
    }

    /** The same intervals Monday to Friday, e.g. 08:00-12:00 and 13:00-18:00. */
    public static BusinessHours weekdays(BusinessInterval... intervals) {
        var days = new EnumMap<DayOfWeek, List<BusinessInterval>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, List.of(intervals));
            }
        }
        return new BusinessHours(days);
    }

    public List<BusinessInterval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public boolean isAllDay() {
        for (DayOfWeek day : DayOfWeek.values()) {
            List<BusinessInterval> intervals = on(day);
            if (intervals.size() != 1 || intervals.get(0).startMinute() != 0
                    || intervals.get(0).endMinute() != BusinessInterval.DAY) {
                return false;
            }
        }
        return true;
    }
}
