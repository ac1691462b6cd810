package dev.atende.ticket;

import dev.atende.shared.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a bulk action did to each ticket, in the order asked: updated, or skipped with the
 * reason (a message code and its arguments): the ticket may not be seen, is closed, or refused
 * the change.
 */
public record BulkResult(List<Outcome> outcomes) {

    /** More than this many tickets in one request is refused: a bulk action is a page's worth. */
    public static final int MAX_TICKETS = 100;

    public BulkResult {
        outcomes = List.copyOf(outcomes);
    }

    public record Outcome(long ticketId, boolean updated, String field, String reason, Object[] args) {

        public static Outcome updated(long ticketId) {
            return new Outcome(ticketId, true, null, null, new Object[0]);
        }

        public static Outcome skipped(long ticketId, String field, String reason, Object... args) {
            return new Outcome(ticketId, false, field, reason, args);
        }
    }

    public long updated() {
        return outcomes.stream().filter(Outcome::updated).count();
    }

    public long skipped() {
        return outcomes.size() - updated();
    }

    /** The ticket ids of a bulk request, each once and in order: one at least, {@link #MAX_TICKETS} at most. */
    public static List<Long> checkIds(List<Long> ids) {
        List<Long> distinct = ids == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(ids.stream().filter(java.util.Objects::nonNull).toList()));
        if (distinct.isEmpty()) {
            throw InvalidInputException.of("ids", "error.bulk.noTickets");
        }
        if (distinct.size() > MAX_TICKETS) {
            throw InvalidInputException.of("ids", "error.bulk.tooMany", MAX_TICKETS);
        }
        return distinct;
    }

    /** What the queue page shows after a bulk action: the counts and a line per skipped ticket. */
    public Summary summary(java.util.function.Function<Outcome, String> describe) {
        return new Summary(updated(), skipped(), outcomes.stream().filter(o -> !o.updated()).map(describe).toList());
    }

    public record Summary(long updated, long skipped, List<String> details) implements java.io.Serializable {

        public Summary {
            details = new java.util.ArrayList<>(details);
        }
    }
}
