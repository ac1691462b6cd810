package dev.atende.automation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which tickets a scheduled rule has acted on while its conditions held. */
@Component
public class ScheduleHits {

    private final JdbcTemplate jdbc;

    ScheduleHits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tickets among {@code ticketIds} that rule {@code ruleId} already acted on. */
    public Set<Long> hit(long ruleId, Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ticketIds.size(), "?"));
        Object[] args = new Object[ticketIds.size() + 1];
        args[0] = ruleId;
        int i = 1;
        for (Long id : ticketIds) {
            args[i++] = id;
        }
        return new HashSet<>(jdbc.queryForList("select ticket_id from automation_schedule_hits where schedule_id = ? "
                + "and ticket_id in (" + marks + ")", Long.class, args));
    }

    public void remember(long ruleId, long ticketId, Instant at) {
        jdbc.update("insert into automation_schedule_hits (schedule_id, ticket_id, hit_at) values (?, ?, ?)", ruleId,
                ticketId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    public void forget(long ruleId, long ticketId) {
        jdbc.update("delete from automation_schedule_hits where schedule_id = ? and ticket_id = ?", ruleId, ticketId);
    }
}
