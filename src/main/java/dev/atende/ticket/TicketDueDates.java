package dev.atende.ticket;

import dev.atende.ticket.internal.History;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SLA module may write on tickets: the next deadline queues sort by (not a change of the
 * ticket: no version, no event) and history lines saying why deadlines moved.
 */
@Service
@Transactional
public class TicketDueDates {

    private final JdbcTemplate jdbc;
    private final History history;
    private final Clock clock;

    TicketDueDates(JdbcTemplate jdbc, History history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    public void dueAt(long ticketId, Instant dueAt) {
        jdbc.update("update tickets set sla_due_at = ? where id = ?", dueAt == null ? null : Timestamp.from(dueAt),
                ticketId);
    }

    public void dueAt(Map<Long, Instant> dueTimes) {
        List<Object[]> rows = new ArrayList<>(dueTimes.size());
        dueTimes.forEach((id, at) -> rows.add(new Object[] {at == null ? null : Timestamp.from(at), id}));
        jdbc.batchUpdate("update tickets set sla_due_at = ? where id = ?", rows);
    }

    /** A line in the ticket's history by the system: the SLA's own changes are not ticket changes. */
    public void note(long ticketId, String field, String from, String to) {
        history.save(new HistoryEntry(ticketId, null, new FieldChange(field, from, to), clock.instant()));
    }
}
