package dev.atende.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A span of business hours within one day, in minutes since local midnight: {@code [start, end)}.
 * {@code "24:00"} (minute 1440) ends a day, so {@code 00:00-24:00} is the whole day.
 */
public record BusinessInterval(int startMinute, int endMinute) implements Comparable<BusinessInterval> {

    static final int DAY = 24 * 60;

    public BusinessInterval {
        if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("an interval starts before it ends, within one day");
        }
    }

    /** From {@code "08:00"} and {@code "12:00"}; {@code "24:00"} only as an end. */
    public static BusinessInterval parse(String start, String end) {
        return new BusinessInterval(minutes(start, false), minutes(end, true));
    }

    private static int minutes(String text, boolean end) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("a time is written HH:mm");
        }
        if (end && text.equals("24:00")) {
            return DAY;
        }
        try {
            LocalTime time = LocalTime.parse(text);
            return time.getHour() * 60 + time.getMinute();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a time is written HH:mm", e);
        }
    }

    public String start() {
        return format(startMinute);
    }

    public String end() {
        return format(endMinute);
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    boolean overlaps(BusinessInterval other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public int compareTo(BusinessInterval other) {
        return Integer.compare(startMinute, other.startMinute);
    }
}
