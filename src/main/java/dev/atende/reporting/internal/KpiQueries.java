package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.DeflectionSource;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.Kpis.Backlog;
import dev.atende.reporting.Kpis.Csat;
import dev.atende.reporting.Kpis.Deflection;
import dev.atende.reporting.Kpis.Retention;
import dev.atende.reporting.Kpis.SlaCompliance;
import dev.atende.reporting.Kpis.TimeStats;
import dev.atende.reporting.RatingSource;
import dev.atende.reporting.ReportFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The KPIs of a period, each an aggregate over {@code ticket_facts} anchored on its own moment:
 * created volume and retention on creation, first response times on the first answer, resolution
 * times, first-contact resolution and reopens on the (last) solution, each SLA target on when it
 * was met or missed, CSAT on the rating and the response rate on the survey's sending. The backlog
 * is the queue now, whatever the period.
 */
@Component
class KpiQueries {

    static final String OPEN = "('new', 'open', 'pending', 'on_hold')";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<RatingSource> ratings;
    private final ObjectProvider<DeflectionSource> deflections;
    private final Clock clock;

    KpiQueries(JdbcTemplate jdbc, ObjectProvider<RatingSource> ratings, ObjectProvider<DeflectionSource> deflections,
            Clock clock) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.deflections = deflections;
        this.clock = clock;
    }

    Kpis kpis(ReportFilter filter, Backlog backlog) {
        FactWhere where = FactWhere.of(filter);
        long created = count("created_at", filter, where);
        TimeStats[] firstResponse = times("first_response_at", "first_response_seconds",
                "first_response_business_seconds", filter, where);
        Solved solved = solved(filter, where);
        SlaCompliance sla = new SlaCompliance(target("sla_first_response", filter, where),
                target("sla_next_response", filter, where), target("sla_resolution", filter, where));
        long met = sla.firstResponse().met() + sla.nextResponse().met() + sla.resolution().met();
        long missed = sla.firstResponse().missed() + sla.nextResponse().missed() + sla.resolution().missed();
        return new Kpis(filter.from(), filter.to(), created, solved.count, firstResponse[0], firstResponse[1],
                solved.times[0], solved.times[1], rate(solved.firstContact, solved.count), solved.firstContact,
                rate(solved.reopened, solved.count), solved.reopened, csat(filter, where), rate(met, met + missed), sla,
                backlog.total(), backlog, deflection(filter), retention(filter, where), null);
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

    private long count(String anchor, ReportFilter filter, FactWhere where) {
        Long n = jdbc.queryForObject("select count(*) from ticket_facts f where f." + anchor + " >= ? and f." + anchor
                + " < ?" + where.sql(), Long.class, where.with(period(filter)));
        return n == null ? 0 : n;
    }

    private TimeStats[] times(String anchor, String calendar, String business, ReportFilter filter, FactWhere where) {
        return jdbc.query("select " + stats(calendar) + ", " + stats(business) + " from ticket_facts f where f."
                + anchor + " >= ? and f." + anchor + " < ?" + where.sql(), rs -> {
                    rs.next();
                    return new TimeStats[] {stats(rs, 1), stats(rs, 5)};
                }, where.with(period(filter)));
    }

    private record Solved(long count, long firstContact, long reopened, TimeStats[] times) {
    }

    private Solved solved(ReportFilter filter, FactWhere where) {
        return jdbc.query("select count(*), "
                + "sum(case when f.agent_replies = 1 and f.reopens = 0 then 1 else 0 end), "
                + "sum(case when f.reopens > 0 then 1 else 0 end), "
                + stats("resolution_seconds") + ", " + stats("resolution_business_seconds")
                + " from ticket_facts f where f.solved_at >= ? and f.solved_at < ?" + where.sql(), rs -> {
                    rs.next();
                    return new Solved(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            new TimeStats[] {stats(rs, 4), stats(rs, 8)});
                }, where.with(period(filter)));
    }

    private SlaCompliance.Target target(String column, ReportFilter filter, FactWhere where) {
        return jdbc.query("select sum(case when f." + column + " = 'met' then 1 else 0 end), "
                + "sum(case when f." + column + " = 'missed' then 1 else 0 end) from ticket_facts f where f." + column
                + "_at >= ? and f." + column + "_at < ?" + where.sql(), rs -> {
                    rs.next();
                    long met = rs.getLong(1);
                    long missed = rs.getLong(2);
                    return new SlaCompliance.Target(met, missed, rate(met, met + missed));
                }, where.with(period(filter)));
    }

    private Csat csat(ReportFilter filter, FactWhere where) {
        if (ratings.getIfAvailable() == null) {
            return null;
        }
        return jdbc.query("select count(f.rating_score), sum(case when f.rating_good then 1 else 0 end), "
                + "avg(cast(f.rating_score as double precision)) from ticket_facts f "
                + "where f.rated_at >= ? and f.rated_at < ?" + where.sql(), rs -> {
                    rs.next();
                    long rated = rs.getLong(1);
                    long good = rs.getLong(2);
                    Double mean = round(doubleOrNull(rs, 3), 100);
                    long[] surveys = jdbc.query("select count(*), count(f.rated_at) from ticket_facts f "
                            + "where f.survey_sent_at >= ? and f.survey_sent_at < ?" + where.sql(), r -> {
                                r.next();
                                return new long[] {r.getLong(1), r.getLong(2)};
                            }, where.with(period(filter)));
                    return new Csat(rate(good, rated), mean, rated, good, surveys[0], surveys[1],
                            rate(surveys[1], surveys[0]));
                }, where.with(period(filter)));
    }

    /** Only over every ticket: the help center's visitors belong to no group, agent or channel. */
    private Deflection deflection(ReportFilter filter) {
        DeflectionSource source = deflections.getIfAvailable();
        if (source == null || filter.narrowed() || filter.groups() != null) {
            return null;
        }
        Long web = jdbc.queryForObject("select count(*) from ticket_facts f where f.created_at >= ? and f.created_at < ? "
                + "and f.channel = 'web'", Long.class, period(filter).toArray());
        long deflected = source.counts(filter.from(), filter.to()).deflected();
        long requests = web == null ? 0 : web;
        return new Deflection(deflected, requests, rate(deflected, deflected + requests));
    }

    private Retention retention(ReportFilter filter, FactWhere where) {
        ReportFilter before = filter.previous();
        String customers = "select distinct f.customer_id from ticket_facts f where f.created_at >= ? and f.created_at < ?"
                + where.sql();
        List<Object> args = new java.util.ArrayList<>(List.of(where.with(period(before))));
        args.addAll(List.of(where.with(period(filter))));
        return jdbc.query("select count(*), sum(case when c.customer_id is null then 0 else 1 end) from (" + customers
                + ") p left join (" + customers + ") c on c.customer_id = p.customer_id", rs -> {
                    rs.next();
                    long previous = rs.getLong(1);
                    long returning = rs.getLong(2);
                    return new Retention(previous, returning, rate(returning, previous));
                }, args.toArray());
    }

    static String stats(String column) {
        return "count(f." + column + "), avg(cast(f." + column + " as double precision)), "
                + "percentile_cont(0.5) within group (order by f." + column + "), "
                + "percentile_cont(0.9) within group (order by f." + column + ")";
    }

    static TimeStats stats(ResultSet rs, int first) throws SQLException {
        return new TimeStats(rs.getLong(first), round(doubleOrNull(rs, first + 1), 10),
                round(doubleOrNull(rs, first + 2), 10), round(doubleOrNull(rs, first + 3), 10));
    }

    static List<Object> period(ReportFilter filter) {
        return List.of(at(filter.from()), at(filter.to()));
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 10_000);
    }

    static Double round(Double value, int scale) {
        return value == null ? null : Math.round(value * scale) / (double) scale;
    }

    static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
