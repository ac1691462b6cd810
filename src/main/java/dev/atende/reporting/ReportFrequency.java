package dev.atende.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/** How often a scheduled report goes out: after each week (Monday to Monday) or each calendar month. */
public enum ReportFrequency {
    WEEKLY, MONTHLY;

    public String code() {
        return name().toLowerCase();
    }

    public static ReportFrequency fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    /** The end of the last whole period at {@code now}: the latest Monday 00:00 or 1st 00:00 not after it. */
    public Instant lastPeriodEnd(Instant now, ZoneId zone) {
        ZonedDateTime day = now.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime end = this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
        return end.toInstant();
    }

    /** The start of the period ending at {@code end}. */
    public Instant periodStart(Instant end, ZoneId zone) {
        ZonedDateTime at = end.atZone(zone);
        return (this == WEEKLY ? at.minusWeeks(1) : at.minusMonths(1)).toInstant();
    }
}
