package dev.atende.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A report mailed after every week or month to chosen people (agents or admins): the KPIs of one
 * group (null: every ticket) with their change against the period before, and the worst-rated
 * tickets. {@code lastPeriodEnd} is the end of the last period mailed.
 */
public record ReportSchedule(long id, String name, ReportFrequency frequency, Long group, String timeZone,
        List<Long> recipients, boolean active, Instant lastPeriodEnd, Instant lastRunAt) {

    public ReportSchedule {
        recipients = List.copyOf(recipients);
    }
}
