package dev.atende.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A day without business hours: one date, a date every year, or a day at a fixed distance from
 * Easter (Carnaval, Good Friday, Corpus Christi move with it).
 */
public record Holiday(String name, Kind kind, LocalDate date, MonthDay yearly, Integer daysFromEaster) {

    public enum Kind {
        ONCE, YEARLY, EASTER
    }

    public Holiday {
        Objects.requireNonNull(kind);
        boolean complete = switch (kind) {
            case ONCE -> date != null;
            case YEARLY -> yearly != null;
            case EASTER -> daysFromEaster != null && Math.abs(daysFromEaster) <= 366;
        };
        if (!complete) {
            throw new IllegalArgumentException("a " + kind + " holiday needs its day");
        }
    }

    public static Holiday once(String name, LocalDate date) {
        return new Holiday(name, Kind.ONCE, date, null, null);
    }

    public static Holiday yearly(String name, MonthDay day) {
        return new Holiday(name, Kind.YEARLY, null, day, null);
    }

    public static Holiday fromEaster(String name, int days) {
        return new Holiday(name, Kind.EASTER, null, null, days);
    }

    /** A yearly 29 February is a holiday in leap years only. */
    public boolean fallsOn(LocalDate day) {
        return switch (kind) {
            case ONCE -> date.equals(day);
            case YEARLY -> yearly.getMonth() == day.getMonth() && yearly.getDayOfMonth() == day.getDayOfMonth();
            case EASTER -> Easter.sunday(day.getYear()).plusDays(daysFromEaster).equals(day)
                    || Easter.sunday(day.getYear() - 1).plusDays(daysFromEaster).equals(day)
                    || Easter.sunday(day.getYear() + 1).plusDays(daysFromEaster).equals(day);
        };
    }
}
