package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactSource.instant;
import static dev.atende.reporting.internal.FactSource.intOrNull;
import static dev.atende.reporting.internal.FactSource.longOrNull;
import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.QueueHealth;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.TicketLine;
import dev.atende.ticket.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tickets of a period with their KPI fields, streamed (an export may hold a year of tickets); the queue now. */
@Component
class TicketLines {

    private static final String SQL = """
            select f.*, t.number, t.subject, g.name as group_name, a.name as assignee_name,
                   o.name as organization_name, c.name as category_name
              from ticket_facts f
              join tickets t on t.id = f.ticket_id
              left join support_groups g on g.id = f.group_id
              left join users a on a.id = f.assignee_id
              left join organizations o on o.id = f.organization_id
              left join ticket_categories c on c.id = f.category_id
             where f.created_at >= ? and f.created_at < ?""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TicketLines(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every ticket created in the period, oldest first, one at a time (the database streams them). */
    @Transactional(readOnly = true)
    public void created(ReportFilter filter, Consumer<TicketLine> each) {
        FactWhere where = FactWhere.of(filter);
        jdbc.query(con -> {
            var ps = con.prepareStatement(SQL + where.sql() + " order by f.created_at, f.ticket_id");
            ps.setFetchSize(2000);
            Object[] args = where.with(KpiQueries.period(filter));
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, rs -> {
            each.accept(line(rs));
        });
    }

    private static TicketLine line(ResultSet rs) throws SQLException {
        int replies = rs.getInt("agent_replies");
        int reopens = rs.getInt("reopens");
        Instant solved = instant(rs, "solved_at");
        Integer score = intOrNull(rs, "rating_score");
        boolean good = rs.getBoolean("rating_good");
        return new TicketLine(rs.getLong("ticket_id"), rs.getLong("number"), rs.getString("subject"),
                rs.getString("status"), rs.getString("channel"), Priority.values()[rs.getInt("priority")].code(),
                rs.getString("group_name"), rs.getString("assignee_name"), rs.getString("organization_name"),
                rs.getString("category_name"), instant(rs, "created_at"), instant(rs, "first_response_at"),
                longOrNull(rs, "first_response_seconds"), longOrNull(rs, "first_response_business_seconds"), solved,
                longOrNull(rs, "resolution_seconds"), longOrNull(rs, "resolution_business_seconds"), replies, reopens,
                solved != null && replies == 1 && reopens == 0, rs.getString("sla_first_response"),
                rs.getString("sla_next_response"), rs.getString("sla_resolution"), score, score == null ? null : good);
    }

    /** The rated tickets of the period, worst first (lowest score, then the oldest rating). */
    List<TicketLine> worstRated(ReportFilter filter, int limit) {
        FactWhere where = FactWhere.of(filter);
        List<TicketLine> lines = new ArrayList<>();
        jdbc.query(SQL.replace("where f.created_at >= ? and f.created_at < ?", "where f.rated_at >= ? and f.rated_at < ?")
                + where.sql() + " order by f.rating_score, f.rated_at, f.ticket_id limit " + limit, rs -> {
                    lines.add(line(rs));
                }, where.with(KpiQueries.period(filter)));
        return lines;
    }

    QueueHealth queue(ReportFilter scope) {
        FactWhere where = FactWhere.of(scope);
        Instant now = clock.instant();
        // the next SLA deadline lives on the ticket (kept there by the SLA module): read it there
        return jdbc.query("select count(*), sum(case when f.assignee_id is null then 1 else 0 end), "
                + "sum(case when t.sla_due_at > ? and t.sla_due_at <= ? then 1 else 0 end), "
                + "sum(case when t.sla_due_at <= ? then 1 else 0 end) "
                + "from ticket_facts f join tickets t on t.id = f.ticket_id where f.status in " + KpiQueries.OPEN
                + where.sql(), rs -> {
                    rs.next();
                    return new QueueHealth(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }, where.with(List.of(at(now), at(now.plus(Duration.ofHours(1))), at(now))));
    }
}
