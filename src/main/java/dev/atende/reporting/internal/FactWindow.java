package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.ReportFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Moments as microseconds since the epoch: integers decode far faster than timestamps. On
     * PostgreSQL through {@code date_part} (double precision): {@code extract} answers a numeric,
     * whose arithmetic took about half of the statement's time over a team's 80,000 facts; a double
     * holds today's epoch microseconds to a fraction of one, so the rounded value is exact.
     */
    private static final String SELECT = select("cast(extract(epoch from f.%s) * 1000000 as bigint)");
    private static final String SELECT_POSTGRES = select("cast(date_part('epoch', f.%s) * 1000000 as bigint)");

    private static String select(String micros) {
        return "select f.ticket_id, f.customer_id, f.group_id, f.assignee_id, f.channel, "
                + "f.category_id, f.organization_id, f.priority, " + micros.formatted("created_at") + ", "
                + micros.formatted("first_response_at") + ", f.first_response_seconds, f.first_response_business_seconds, "
                + micros.formatted("solved_at") + ", f.resolution_seconds, f.resolution_business_seconds, f.agent_replies, "
                + "f.reopens, f.sla_first_response, " + micros.formatted("sla_first_response_at") + ", f.sla_next_response, "
                + micros.formatted("sla_next_response_at") + ", f.sla_resolution, " + micros.formatted("sla_resolution_at")
                + ", " + micros.formatted("survey_sent_at") + ", f.rating_score, f.rating_good, "
                + micros.formatted("rated_at") + " from ticket_facts f ";
    }

    private static final String[] ANCHORS = {"created_at", "first_response_at", "solved_at", "sla_first_response_at",
            "sla_next_response_at", "sla_resolution_at", "survey_sent_at", "rated_at"};

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    FactWindow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * PostgreSQL would compile this plain statement to machine code first (its cost estimate is
     * high), which takes longer than running it: not within this transaction.
     */
    private void withoutJit() {
        if (postgres()
                && org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("set local jit = off");
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return Boolean.TRUE.equals(postgres);
    }

    List<Fact> load(ReportFilter filter, Instant from, Instant to) {
        String select = postgres() ? SELECT_POSTGRES : SELECT;
        FactWhere where = FactWhere.of(filter);
        // the tickets created in the window, then, anchor by anchor, those created before it whose
        // moment falls in it: each part an index range (an OR of ranges misleads the planner)
        StringBuilder sql = new StringBuilder(select).append("where f.created_at >= ? and f.created_at < ?")
                .append(where.sql());
        List<Object> args = new ArrayList<>(List.of(at(from), at(to)));
        args.addAll(where.args());
        for (String anchor : ANCHORS) {
            if (anchor.equals("created_at")) {
                continue;
            }
            sql.append(" union all ").append(select).append("where f.").append(anchor).append(" >= ? and f.")
                    .append(anchor).append(" < ? and f.created_at < ?").append(where.sql());
            args.addAll(List.of(at(from), at(to), at(from)));
            args.addAll(where.args());
        }
        withoutJit();
        List<Fact> facts = new ArrayList<>();
        // the first part holds each ticket once; only the later ones (created before the window)
        // can repeat a ticket, when several of its moments fall in the window
        long windowStart = micros(from);
        Set<Long> seen = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString());
            ps.setFetchSize(5_000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, rs -> {
            Fact fact = fact(rs);
            if (fact.created() >= windowStart || seen.add(rs.getLong(1))) {
                facts.add(fact);
            }
        });
        return facts;
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(rs.getLong(2), rs.getLong(3), boxed(rs, 4), rs.getString(5), boxed(rs, 6), boxed(rs, 7),
                rs.getInt(8), number(rs, 9), number(rs, 10), number(rs, 11), number(rs, 12), number(rs, 13),
                number(rs, 14), number(rs, 15), rs.getInt(16), rs.getInt(17), outcome(rs.getString(18)),
                number(rs, 19), outcome(rs.getString(20)), number(rs, 21), outcome(rs.getString(22)), number(rs, 23),
                number(rs, 24), rs.getInt(25), rs.getBoolean(26), number(rs, 27));
    }

    private static Long boxed(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static long number(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Fact.NONE : value;
    }

    private static byte outcome(String text) {
        return text == null ? 0 : "met".equals(text) ? (byte) 1 : (byte) -1;
    }
}
