package dev.atende.reporting;

import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a report covers: the period {@code [from, to)}, the time zone its days, weeks and months
 * are counted in, and the tickets it narrows to (null: any). {@code groups} is the set of groups
 * the reader may see (null: all), set by {@link Reports} from who is asking, never by the caller.
 */
public record ReportFilter(Instant from, Instant to, ZoneId zone, Long group, Long agent, Channel channel,
        Long category, Long organization, Priority priority, Set<Long> groups) {

    public ReportFilter {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
        groups = groups == null ? null : Set.copyOf(groups);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The period of the same length just before this one, with the same narrowing. */
    public ReportFilter previous() {
        return during(from.minus(length()), from);
    }

    public ReportFilter during(Instant start, Instant end) {
        return new ReportFilter(start, end, zone, group, agent, channel, category, organization, priority, groups);
    }

    /** Whether anything but the period narrows the report (the help center's figures then do not apply). */
    public boolean narrowed() {
        return group != null || agent != null || channel != null || category != null || organization != null
                || priority != null;
    }
}
