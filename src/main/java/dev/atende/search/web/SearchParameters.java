package dev.atende.search.web;

import dev.atende.search.TicketSearchFilter;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.Channel;
import dev.atende.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/** The ticket filters of a search request, checked: known codes, real dates, a period in order. */
final class SearchParameters {

    private SearchParameters() {
    }

    static TicketSearchFilter ticketFilter(String status, Long group, String channel, String from, String to) {
        var problems = new InvalidInputException.Collector();
        Set<String> statuses = codes(status, "status", code -> TicketStatus.fromCode(code) != null, problems);
        Set<String> channels = codes(channel, "channel", code -> Channel.fromCode(code) != null, problems);
        Instant start = time(from, "from", false, problems);
        Instant end = time(to, "to", true, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("to", "error.search.period");
        }
        if (group != null && group <= 0) {
            problems.add("group", "error.search.group");
        }
        problems.throwIfAny();
        return new TicketSearchFilter(statuses, group, channels, start, end);
    }

    private static Set<String> codes(String raw, String field, Predicate<String> known,
            InvalidInputException.Collector problems) {
        var codes = new LinkedHashSet<String>();
        if (raw == null) {
            return codes;
        }
        for (String part : raw.split(",")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!known.test(code)) {
                problems.add(field, "error.search.code", code.length() > 40 ? code.substring(0, 40) : code);
                return codes;
            }
            codes.add(code);
        }
        return codes;
    }

    /** A day (the whole day, in UTC) or an instant. */
    private static Instant time(String raw, String field, boolean endOfDay, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "error.search.date");
            return null;
        }
    }
}
