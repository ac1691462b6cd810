package dev.atende.survey.internal;

import dev.atende.reporting.RatingSource;
import dev.atende.reporting.RatingUpdates;
import dev.atende.shared.AfterCommit;
import dev.atende.survey.TicketRated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The surveys and ratings as reports read them ({@link RatingSource}), straight from
 * {@code survey_requests} and {@code ticket_ratings} with SQL: a batch of tickets per statement,
 * and the changes of a period from the {@code sent_at} and {@code rated_at} indexes. After a
 * survey is sent or answered and that commits, the ticket is handed to reporting at once;
 * reporting's catch-up every few minutes covers what this misses.
 */
@Component
class SurveyRatingSource implements RatingSource {

    /** Tickets per statement: a short IN list keeps the plan an index lookup on every database. */
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(SurveyRatingSource.class);

    private final JdbcTemplate jdbc;
    private final RatingUpdates updates;

    SurveyRatingSource(JdbcTemplate jdbc, RatingUpdates updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @Override
    public Map<Long, TicketRating> ratings(Collection<Long> ticketIds) {
        List<Long> ids = ticketIds.stream().distinct().toList();
        Map<Long, TicketRating> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            // the first request's time (a ticket solved again may be asked again) and the latest answer
            jdbc.query("select q.ticket_id, min(q.sent_at), r.score, r.good, r.rated_at from survey_requests q "
                    + "left join ticket_ratings r on r.ticket_id = q.ticket_id where q.ticket_id in ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ") "
                    + "group by q.ticket_id, r.score, r.good, r.rated_at", rs -> {
                        Integer score = rs.getObject(3) == null ? null : rs.getInt(3);
                        found.put(rs.getLong(1), new TicketRating(utc(rs, 2), score,
                                score == null ? null : rs.getBoolean(4), score == null ? null : utc(rs, 5)));
                    }, batch.toArray());
        }
        return found;
    }

    @Override
    public List<Long> changedBetween(Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(to, ZoneOffset.UTC);
        // two index ranges (ix_survey_requests_sent, ix_ticket_ratings_rated), merged without duplicates
        return new ArrayList<>(jdbc.queryForList("select ticket_id from survey_requests where sent_at >= ? and sent_at < ? "
                + "union select ticket_id from ticket_ratings where rated_at >= ? and rated_at < ? order by 1",
                Long.class, start, end, start, end));
    }

    /** The answer is committed: its ticket's facts follow now, not at the next catch-up. */
    @EventListener
    void on(TicketRated event) {
        AfterCommit.run(() -> copy(event.ticketId()));
    }

    /** So is a survey sent (the response rate's denominator). */
    @EventListener
    void on(SurveyOffered event) {
        AfterCommit.run(() -> copy(event.ticketId()));
    }

    private void copy(long ticketId) {
        try {
            updates.changed(List.of(ticketId));
        } catch (RuntimeException e) {
            // the survey is stored; the catch-up copies it within minutes
            log.warn("Could not copy the survey of ticket {} into the report facts now", ticketId, e);
        }
    }

    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
