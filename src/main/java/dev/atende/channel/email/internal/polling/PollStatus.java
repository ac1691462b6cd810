package dev.atende.channel.email.internal.polling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The polling state of mailboxes (due time, last error, failures in a row), written with plain
 * updates apart from the admin's settings, so that a poll and an edit never overwrite each other.
 */
@Component
public class PollStatus {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    PollStatus(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active mailboxes with a server whose next poll is due, the longest waiting first. */
    List<Long> due(int limit) {
        return jdbc.sql("select id from mail_mailboxes where active = true and host is not null "
                + "and (next_poll_at is null or next_poll_at <= :now) order by next_poll_at, id limit :limit")
                .param("now", at(clock.instant())).param("limit", limit).query(Long.class).list();
    }

    /** A poll went through; {@code note} tells of messages left behind (null when none). */
    void succeeded(long id, Instant next, String note) {
        jdbc.sql("update mail_mailboxes set last_polled_at = :now, next_poll_at = :next, failures = 0, "
                + "last_error = :note where id = :id")
                .param("now", at(clock.instant())).param("next", at(next)).param("note", cut(note)).param("id", id)
                .update();
    }

    /** A poll failed: one more failure in a row, and a longer wait before the next try. */
    void failed(long id, String error) {
        Instant now = clock.instant();
        var row = jdbc.sql("select failures, poll_interval_seconds from mail_mailboxes where id = :id").param("id", id)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
        if (row.isEmpty()) {
            return; // deleted while it was polled
        }
        int failures = row.get()[0] + 1;
        Instant next = now.plus(PollBackoff.after(failures, row.get()[1]));
        jdbc.sql("update mail_mailboxes set last_polled_at = :now, next_poll_at = :next, failures = :failures, "
                + "last_error = :error where id = :id")
                .param("now", at(now)).param("next", at(next)).param("failures", failures).param("error", cut(error))
                .param("id", id).update();
    }

    /** After a change of settings: try them at once, with a clean count of failures. */
    public void pollSoon(long id) {
        jdbc.sql("update mail_mailboxes set next_poll_at = :now, failures = 0 where id = :id")
                .param("now", at(clock.instant())).param("id", id).update();
    }

    /** Mails received through a mailbox that is being deleted stay stored, without it. */
    public void detachMails(long id) {
        jdbc.sql("update mail_inbound set mailbox_id = null where mailbox_id = :id").param("id", id).update();
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
