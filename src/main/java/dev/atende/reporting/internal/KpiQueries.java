package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.Kpis.Backlog;
import dev.atende.reporting.ReportFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The figures counted in the database rather than from loaded facts: the queue now by age, customers of a period. */
@Component
class KpiQueries {

    static final String OPEN = "('new', 'open', 'pending', 'on_hold')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    KpiQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Backlog backlog(ReportFilter filter) {
        FactWhere where = FactWhere.of(filter);
        Instant now = clock.instant();
        Object[] args = where.with(List.of(at(now.minus(Duration.ofDays(1))), at(now.minus(Duration.ofDays(3))),
                at(now.minus(Duration.ofDays(7))), at(now.minus(Duration.ofDays(30)))));
        return jdbc.query("select count(*), "
                + "sum(case when f.created_at > ? then 1 else 0 end), "
                + "sum(case when f.created_at > ? then 1 else 0 end), "
                + "sum(case when f.created_at > ? then 1 else 0 end), "
                + "sum(case when f.created_at > ? then 1 else 0 end) "
                + "from ticket_facts f where f.status in " + OPEN + where.sql(), rs -> {
                    rs.next();
                    long total = rs.getLong(1);
                    long d1 = rs.getLong(2);
                    long d3 = rs.getLong(3);
                    long d7 = rs.getLong(4);
                    long d30 = rs.getLong(5);
                    return new Backlog(total, d1, d3 - d1, d7 - d3, d30 - d7, total - d30);
                }, args);
    }

    static List<Object> period(ReportFilter filter) {
        return List.of(at(filter.from()), at(filter.to()));
    }

    /** Customers with tickets created in the filter's period. */
    /** Customers with tickets created in the period (index-only on PostgreSQL: see V20). */
    IdSet customers(ReportFilter filter) {
        FactWhere where = FactWhere.of(filter);
        var customers = new IdSet.Builder();
        jdbc.query("select f.customer_id from ticket_facts f where f.created_at >= ? and f.created_at < ?"
                + where.sql(), rs -> {
                    customers.add(rs.getLong(1));
                }, where.with(List.of(at(filter.from()), at(filter.to()))));
        return customers.build();
    }
}
