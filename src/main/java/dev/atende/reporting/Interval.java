package dev.atende.reporting;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Arrays;

/** How a trend is cut: days, weeks (Monday to Monday) or calendar months, in the report's time zone. */
public enum Interval {
    DAY, WEEK, MONTH;

    public String code() {
        return name().toLowerCase();
    }

    public static Interval fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** The start of the bucket holding {@code moment}. */
    public ZonedDateTime start(ZonedDateTime moment) {
        ZonedDateTime day = moment.truncatedTo(ChronoUnit.DAYS);
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public ZonedDateTime next(ZonedDateTime start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
