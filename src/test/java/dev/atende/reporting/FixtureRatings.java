package dev.atende.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Ratings for the tests until the survey module is merged: tests put a ticket's survey and rating
 * here, reports read them through the {@link RatingSource} they would read the survey module's by.
 */
@Component
public class FixtureRatings implements RatingSource {

    /** Per application context: each database has tickets of the same ids. */
    private final Map<Long, TicketRating> RATINGS = new ConcurrentHashMap<>();

    public void put(long ticketId, TicketRating rating) {
        RATINGS.put(ticketId, rating);
    }

    @Override
    public Map<Long, TicketRating> ratings(Collection<Long> ticketIds) {
        Map<Long, TicketRating> found = new HashMap<>();
        ticketIds.forEach(id -> {
            TicketRating r = RATINGS.get(id);
            if (r != null) {
                found.put(id, r);
            }
        });
        return found;
    }

    @Override
    public List<Long> changedBetween(Instant from, Instant to) {
        return RATINGS.entrySet().stream().filter(e -> within(e.getValue().surveySentAt(), from, to)
                || within(e.getValue().ratedAt(), from, to)).map(Map.Entry::getKey).sorted().toList();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }
}
