package dev.atende.reporting;

import java.time.Instant;

/**
 * The KPIs of a period (every definition is in the README and the API description). Rates are
 * fractions from 0 to 1, null when nothing was there to count; durations are seconds.
 * {@code csat} is null without a {@link RatingSource}, {@code deflection} without a
 * {@link DeflectionSource}; {@code previous} holds the period just before, when asked for.
 */
public record Kpis(Instant from, Instant to, long created, long solved, TimeStats firstResponseTime,
        TimeStats firstResponseBusinessTime, TimeStats resolutionTime, TimeStats resolutionBusinessTime,
        Double firstContactResolutionRate, long firstContactResolved, Double reopenRate, long reopened, Csat csat,
        Double slaCompliance, SlaCompliance slaComplianceByTarget, long backlog, Backlog backlogByAge,
        Deflection deflection, Retention retention, Kpis previous) {

    /** Count, mean, median and 90th percentile (linear interpolation between ranks), in seconds. */
    public record TimeStats(long count, Double mean, Double median, Double p90) {
    }

    /** Share of good ratings, mean score (1-5), and the share of surveys answered. */
    public record Csat(Double score, Double meanScore, long ratings, long good, long surveysSent,
            long surveysAnswered, Double responseRate) {
    }

    public record SlaCompliance(Target firstResponse, Target nextResponse, Target resolution) {

        public record Target(long met, long missed, Double rate) {
        }
    }

    /** Tickets open now by age since creation. */
    public record Backlog(long total, long underOneDay, long oneToThreeDays, long threeToSevenDays,
            long sevenToThirtyDays, long overThirtyDays) {
    }

    public record Deflection(long deflected, long webRequests, Double rate) {
    }

    /** Customers with tickets in the previous period, and how many of them came back in this one. */
    public record Retention(long previousCustomers, long returningCustomers, Double rate) {
    }

    public Kpis withPrevious(Kpis before) {
        return new Kpis(from, to, created, solved, firstResponseTime, firstResponseBusinessTime, resolutionTime,
                resolutionBusinessTime, firstContactResolutionRate, firstContactResolved, reopenRate, reopened, csat,
                slaCompliance, slaComplianceByTarget, backlog, backlogByAge, deflection, retention, before);
    }
}
