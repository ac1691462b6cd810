package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.ReportFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads, in one statement, the facts of every ticket with any moment (created, answered, solved,
 * an SLA target decided, surveyed, rated) in a window, narrowed as the report says. Reports then
 * count the current and previous periods, trends and breakdowns from that one list: one pass over
 * the table instead of one per figure.
 */
@Component
class FactWindow {

    private static final String[] ANCHORS = {"created_at", "first_response_at", "solved_at", "sla_first_response_at",
            "sla_next_response_at", "sla_resolution_at", "survey_sent_at", "rated_at"};

    private final JdbcTemplate jdbc;

    FactWindow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Fact> load(ReportFilter filter, Instant from, Instant to) {
        FactWhere where = FactWhere.of(filter);
        StringBuilder any = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (String anchor : ANCHORS) {
            any.append(any.length() == 0 ? "" : " or ").append("(f.").append(anchor).append(" >= ? and f.")
                    .append(anchor).append(" < ?)");
            args.add(at(from));
            args.add(at(to));
        }
        List<Fact> facts = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select f.customer_id, f.group_id, f.assignee_id, f.channel, f.category_id, "
                    + "f.organization_id, f.priority, f.created_at, f.first_response_at, f.first_response_seconds, "
                    + "f.first_response_business_seconds, f.solved_at, f.resolution_seconds, "
                    + "f.resolution_business_seconds, f.agent_replies, f.reopens, f.sla_first_response, "
                    + "f.sla_first_response_at, f.sla_next_response, f.sla_next_response_at, f.sla_resolution, "
                    + "f.sla_resolution_at, f.survey_sent_at, f.rating_score, f.rating_good, f.rated_at "
                    + "from ticket_facts f where (" + any + ")" + where.sql());
            ps.setFetchSize(5_000);
            Object[] all = where.with(args);
            for (int i = 0; i < all.length; i++) {
                ps.setObject(i + 1, all[i]);
            }
            return ps;
        }, rs -> {
            facts.add(fact(rs));
        });
        return facts;
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(rs.getLong(1), rs.getLong(2), FactSource.longOrNull(rs, "assignee_id"), rs.getString(4),
                FactSource.longOrNull(rs, "category_id"), FactSource.longOrNull(rs, "organization_id"), rs.getInt(7),
                micros(rs, 8), micros(rs, 9), number(rs, 10), number(rs, 11), micros(rs, 12), number(rs, 13),
                number(rs, 14), rs.getInt(15), rs.getInt(16), outcome(rs.getString(17)), micros(rs, 18),
                outcome(rs.getString(19)), micros(rs, 20), outcome(rs.getString(21)), micros(rs, 22), micros(rs, 23),
                rs.getInt(24), rs.getBoolean(25), micros(rs, 26));
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static long micros(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Fact.NONE : micros(value.toInstant());
    }

    private static long number(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Fact.NONE : value;
    }

    private static byte outcome(String text) {
        return text == null ? 0 : "met".equals(text) ? (byte) 1 : (byte) -1;
    }
}
