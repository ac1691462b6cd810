package dev.atende.reporting;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads report criteria, every problem at once (422 with the field): dates or instants, a period
 * that ends after it starts and spans at most {@code atende.reporting.max-days}, a known time
 * zone, groups, agents, organizations and categories that exist, known channel and priority codes.
 * Without dates a report covers the last 30 days, today included.
 */
@Component
class ReportCriteriaReader {

    static final int DEFAULT_DAYS = 30;

    private final Directory directory;
    private final CategoryManagement categories;
    private final ReportingSettings settings;
    private final Clock clock;

    ReportCriteriaReader(Directory directory, CategoryManagement categories, ReportingSettings settings, Clock clock) {
        this.directory = directory;
        this.categories = categories;
        this.settings = settings;
        this.clock = clock;
    }

    ReportFilter read(Actor actor, ReportCriteria c) {
        var problems = new InvalidInputException.Collector();
        ZoneId zone = settings.timeZone();
        if (present(c.timeZone())) {
            try {
                zone = ZoneId.of(c.timeZone().strip());
            } catch (DateTimeException e) {
                problems.add("timeZone", "error.report.timeZone");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant to = present(c.to()) ? moment("to", c.to(), zone, true, problems)
                : today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = present(c.from()) ? moment("from", c.from(), zone, false, problems)
                : to == null ? null : to.atZone(zone).minusDays(DEFAULT_DAYS).toInstant();
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                problems.add("to", "error.report.periodOrder");
            } else if (java.time.Duration.between(from, to).toDays() > settings.maxDays()) {
                problems.add("from", "error.report.periodTooLong", settings.maxDays());
            }
        }
        Long group = id("group", c.group(), problems, id -> directory.group(id).isPresent());
        Long agent = "me".equals(c.agent()) ? Long.valueOf(actor.id())
                : id("agent", c.agent(), problems, id -> directory.user(id).filter(u -> u.role().worksTickets()).isPresent());
        Long organization = id("organization", c.organization(), problems,
                id -> directory.organization(id).isPresent());
        Long category = id("category", c.category(), problems, id -> categories.paths().containsKey(id));
        Channel channel = code("channel", c.channel(), Channel::fromCode, problems);
        Priority priority = code("priority", c.priority(), Priority::fromCode, problems);
        problems.throwIfAny();
        return new ReportFilter(from, to, zone, group, agent, channel, category, organization, priority, null);
    }

    /** A date is a whole day ({@code to} includes it); an instant is taken as it is. */
    private static Instant moment(String field, String text, ZoneId zone, boolean end,
            InvalidInputException.Collector problems) {
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            problems.add(field, "error.report.date");
            return null;
        }
    }

    private static Long id(String field, String text, InvalidInputException.Collector problems,
            Function<Long, Boolean> exists) {
        if (!present(text)) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "error.report.id");
            return null;
        }
        if (id <= 0 || !exists.apply(id)) {
            problems.add(field, "error.report.unknown", text.strip());
            return null;
        }
        return id;
    }

    private static <T> T code(String field, String text, Function<String, T> parse,
            InvalidInputException.Collector problems) {
        if (!present(text)) {
            return null;
        }
        T value = parse.apply(text.strip());
        if (value == null) {
            problems.add(field, "error.field.unknownValue", text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        return value;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
