package dev.atende.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the ticket, article, history and SLA tables say about a range of tickets, in one
 * statement (the same for one ticket in its own transaction and for a rebuild of millions).
 * Reporting only reads these tables; their modules own them.
 */
@Component
class FactSource {

    private static final String SQL = """
            select t.id, t.customer_id, t.organization_id, t.group_id, t.assignee_id, t.category_id, t.channel,
                   t.priority, t.status, t.created_at, t.first_response_at, t.solved_at,
                   coalesce(ar.agent_n, 0) as agent_n, coalesce(ar.customer_n, 0) as customer_n,
                   coalesce(ro.n, 0) as reopens, s.policy_id, p.first_response_minutes, p.next_response_minutes,
                   p.resolution_minutes, br.fr, br.nr, br.res
              from tickets t
              left join (select a.ticket_id,
                                sum(case when a.sender = 'agent' then 1 else 0 end) as agent_n,
                                sum(case when a.sender = 'customer' then 1 else 0 end) as customer_n
                           from articles a join tickets t2 on t2.id = a.ticket_id
                          where a.ticket_id between ? and ? and a.internal = false and a.created_at > t2.created_at
                          group by a.ticket_id) ar on ar.ticket_id = t.id
              left join (select h.ticket_id, count(*) as n from ticket_history h
                          where h.ticket_id between ? and ? and h.field = 'status'
                            and h.old_value = 'solved' and h.new_value = 'open'
                          group by h.ticket_id) ro on ro.ticket_id = t.id
              left join ticket_slas s on s.ticket_id = t.id
              left join sla_policies p on p.id = s.policy_id
              left join (select b.ticket_id,
                                min(case when b.target = 'first_response' then b.due_at end) as fr,
                                min(case when b.target = 'next_response' then b.due_at end) as nr,
                                min(case when b.target = 'resolution' then b.due_at end) as res
                           from sla_breaches b where b.ticket_id between ? and ?
                          group by b.ticket_id) br on br.ticket_id = t.id
             where t.id between ? and ?
             order by t.id
            """;

    private final JdbcTemplate jdbc;

    FactSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SourceRow> read(long fromId, long toId) {
        return jdbc.query(SQL, (rs, n) -> row(rs), fromId, toId, fromId, toId, fromId, toId, fromId, toId);
    }

    /** The smallest and largest ticket id, or null when there are no tickets. */
    long[] idRange() {
        return jdbc.query("select min(id), max(id) from tickets", rs -> {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        });
    }

    private static SourceRow row(ResultSet rs) throws SQLException {
        return new SourceRow(rs.getLong("id"), rs.getLong("customer_id"), longOrNull(rs, "organization_id"),
                rs.getLong("group_id"), longOrNull(rs, "assignee_id"), longOrNull(rs, "category_id"),
                rs.getString("channel"), rs.getInt("priority"), rs.getString("status"), instant(rs, "created_at"),
                instant(rs, "first_response_at"), instant(rs, "solved_at"), rs.getInt("agent_n"),
                rs.getInt("customer_n"), rs.getInt("reopens"), longOrNull(rs, "policy_id"),
                intOrNull(rs, "first_response_minutes"), intOrNull(rs, "next_response_minutes"),
                intOrNull(rs, "resolution_minutes"), instant(rs, "fr"), instant(rs, "nr"), instant(rs, "res"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
