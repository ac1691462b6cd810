package dev.atende.reporting;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atende.reporting.*}: the time zone days, weeks and months are counted in when a report
 * names none, the longest period a report may cover, and how often scheduled reports and rating
 * catch-up look for work.
 */
@ConfigurationProperties("atende.reporting")
public record ReportingSettings(ZoneId timeZone, Integer maxDays, Duration scheduleInterval) {

    public ReportingSettings {
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        maxDays = maxDays == null || maxDays < 1 ? 1100 : maxDays;
        scheduleInterval = scheduleInterval == null ? Duration.ofMinutes(5) : scheduleInterval;
    }
}
