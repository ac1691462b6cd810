package dev.atende.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests the knowledge base answered before they were sent.
 *
 * <p>The portal's new-request form carries a random draft key. While the customer types the
 * subject, articles are suggested; opening one from the list records (draft key, article,
 * time): a <em>session with suggestions</em>. When that form is then sent, the ticket is
 * matched to the session by its draft key (or, without one, to the same customer's sessions of
 * the last hour). A session is <em>deflected</em> when no ticket came from it within
 * {@link #WINDOW} (one hour) after its last opened article; a session whose hour has not yet
 * passed is not counted as deflected yet. Both counts take the sessions whose first article
 * was opened in the period.
 */
@Service
public class Deflections {

    public static final Duration WINDOW = Duration.ofHours(1);
    /** Opens recorded per session at most; beyond, a session is not made longer by reloads. */
    static final int MAX_OPENS = 50;
    private static final Pattern DRAFT_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final Logger log = LoggerFactory.getLogger(Deflections.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Deflections(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a value can be a draft key (random letters, digits and hyphens). */
    public static boolean isDraftKey(String value) {
        return value != null && DRAFT_KEY.matcher(value).matches();
    }

    /** A suggested article was opened from the new-request form with this draft key. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(String draftKey, long articleId, Long customerId) {
        if (!isDraftKey(draftKey)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update kb_deflection_sessions set last_opened_at = ? where draft_key = ? "
                + "and submitted_at is null", now, draftKey);
        if (updated == 0) {
            Integer known = jdbc.queryForObject("select count(*) from kb_deflection_sessions where draft_key = ?",
                    Integer.class, draftKey);
            if (known != null && known > 0) {
                return; // already sent as a request: later reading changes nothing
            }
            try {
                jdbc.update("insert into kb_deflection_sessions (draft_key, customer_id, first_opened_at, last_opened_at) "
                        + "values (?, ?, ?, ?)", draftKey, customerId, now, now);
            } catch (DuplicateKeyException raced) {
                return; // the same key opened twice at once: the other request recorded it
            }
        }
        Integer opens = jdbc.queryForObject("select count(*) from kb_deflection_opens where draft_key = ?",
                Integer.class, draftKey);
        if (opens != null && opens < MAX_OPENS) {
            jdbc.update("insert into kb_deflection_opens (draft_key, article_id, opened_at) values (?, ?, ?)",
                    draftKey, articleId, now);
        }
    }

    /**
     * A request was sent: the session with this draft key (when there is one) or else the
     * customer's sessions of the last {@link #WINDOW} led to a ticket. Runs inside the
     * ticket's transaction.
     */
    public void submitted(String draftKey, long customerId, long ticketId) {
        Timestamp now = Timestamp.from(clock.instant());
        int matched = 0;
        if (isDraftKey(draftKey)) {
            matched = jdbc.update("update kb_deflection_sessions set submitted_at = ?, ticket_id = ? "
                    + "where draft_key = ? and submitted_at is null", now, ticketId, draftKey);
        }
        if (matched == 0) {
            matched = jdbc.update("update kb_deflection_sessions set submitted_at = ?, ticket_id = ? "
                    + "where customer_id = ? and submitted_at is null and last_opened_at >= ?", now, ticketId,
                    customerId, Timestamp.from(clock.instant().minus(WINDOW)));
        }
        if (matched > 0) {
            log.debug("Ticket {} was sent after {} session(s) with suggested articles", ticketId, matched);
        }
    }

    /** New-request sessions, first opened in [from, to), in which a suggested article was opened. */
    @Transactional(readOnly = true)
    public long sessionsWithSuggestions(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from kb_deflection_sessions "
                + "where first_opened_at >= ? and first_opened_at < ?", Long.class, Timestamp.from(from), Timestamp.from(to));
        return count == null ? 0 : count;
    }

    /** Of those sessions, the ones from which no ticket came within an hour of the last opened article. */
    @Transactional(readOnly = true)
    public long deflected(Instant from, Instant to) {
        Instant settled = clock.instant().minus(WINDOW);
        long[] count = {0};
        jdbc.query("select last_opened_at, submitted_at from kb_deflection_sessions "
                + "where first_opened_at >= ? and first_opened_at < ? and last_opened_at <= ?", row -> {
                    Instant lastOpened = row.getTimestamp(1).toInstant();
                    Timestamp submitted = row.getTimestamp(2);
                    if (submitted == null || submitted.toInstant().isAfter(lastOpened.plus(WINDOW))) {
                        count[0]++;
                    }
                }, Timestamp.from(from), Timestamp.from(to), Timestamp.from(settled));
        return count[0];
    }
}
