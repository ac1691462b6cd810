package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;
import static dev.atende.reporting.internal.KpiQueries.doubleOrNull;
import static dev.atende.reporting.internal.KpiQueries.rate;
import static dev.atende.reporting.internal.KpiQueries.round;

import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.RatingSource;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.TrendPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Trends (the period cut into buckets the caller computed in the report's time zone, joined as a
 * list of values so that every database counts them the same way) and breakdowns by dimension.
 */
@Component
class TrendQueries {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<RatingSource> ratings;

    TrendQueries(JdbcTemplate jdbc, ObjectProvider<RatingSource> ratings) {
        this.jdbc = jdbc;
        this.ratings = ratings;
    }

    List<TrendPoint> trend(ReportFilter filter, List<Instant[]> buckets) {
        FactWhere where = FactWhere.of(filter);
        long[] created = new long[buckets.size()];
        long[] solved = new long[buckets.size()];
        Double[] frt = new Double[buckets.size()];
        Double[] resolution = new Double[buckets.size()];
        Double[] csat = new Double[buckets.size()];
        perBucket(buckets, where, "created_at", "count(f.ticket_id)", (i, rs) -> created[i] = rs.getLong(2));
        perBucket(buckets, where, "solved_at",
                "count(f.ticket_id), percentile_cont(0.5) within group (order by f.resolution_seconds)", (i, rs) -> {
                    solved[i] = rs.getLong(2);
                    resolution[i] = round(doubleOrNull(rs, 3), 10);
                });
        perBucket(buckets, where, "first_response_at",
                "percentile_cont(0.5) within group (order by f.first_response_seconds)",
                (i, rs) -> frt[i] = round(doubleOrNull(rs, 2), 10));
        if (ratings.getIfAvailable() != null) {
            perBucket(buckets, where, "rated_at",
                    "count(f.rating_score), sum(case when f.rating_good then 1 else 0 end)",
                    (i, rs) -> csat[i] = rate(rs.getLong(3), rs.getLong(2)));
        }
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            points.add(new TrendPoint(buckets.get(i)[0], buckets.get(i)[1], created[i], solved[i], frt[i],
                    resolution[i], csat[i]));
        }
        return points;
    }

    private interface BucketRow {
        void read(int index, java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void perBucket(List<Instant[]> buckets, FactWhere where, String anchor, String aggregates, BucketRow row) {
        String values = String.join(", ", Collections.nCopies(buckets.size(),
                "(?, cast(? as timestamp with time zone), cast(? as timestamp with time zone))"));
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            args.add(i);
            args.add(at(buckets.get(i)[0]));
            args.add(at(buckets.get(i)[1]));
        }
        jdbc.query("select b.i, " + aggregates + " from (values " + values + ") as b(i, s, e) "
                + "left join ticket_facts f on f." + anchor + " >= b.s and f." + anchor + " < b.e" + where.sql()
                + " group by b.i", rs -> {
                    row.read(rs.getInt(1), rs);
                }, where.with(args));
    }

    /** Volumes and median times per value of the dimension, most created first. */
    List<BreakdownRow> breakdown(ReportFilter filter, Dimension dimension,
            java.util.function.Function<java.util.Collection<String>, Map<String, String>> labeler) {
        FactWhere where = FactWhere.of(filter);
        String key = "f." + dimension.column();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double[]> medians = new HashMap<>();
        Object[] args = where.with(KpiQueries.period(filter));
        jdbc.query("select " + key + ", count(*) from ticket_facts f where f.created_at >= ? and f.created_at < ?"
                + where.sql() + " group by " + key, rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[2])[0] = rs.getLong(2);
                }, args);
        jdbc.query("select " + key + ", count(*), percentile_cont(0.5) within group (order by f.resolution_seconds) "
                + "from ticket_facts f where f.solved_at >= ? and f.solved_at < ?" + where.sql() + " group by " + key,
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[2])[1] = rs.getLong(2);
                    medians.computeIfAbsent(rs.getString(1), k -> new Double[2])[1] = round(doubleOrNull(rs, 3), 10);
                }, args);
        jdbc.query("select " + key + ", percentile_cont(0.5) within group (order by f.first_response_seconds) "
                + "from ticket_facts f where f.first_response_at >= ? and f.first_response_at < ?" + where.sql()
                + " group by " + key, rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    medians.computeIfAbsent(rs.getString(1), k -> new Double[2])[0] = round(doubleOrNull(rs, 2), 10);
                }, args);
        Map<String, String> labels = labeler.apply(counts.keySet());
        List<BreakdownRow> rows = new ArrayList<>();
        counts.forEach((k, c) -> {
            Double[] m = medians.getOrDefault(k, new Double[2]);
            rows.add(new BreakdownRow(k, labels.get(k), c[0], c[1], m[0], m[1]));
        });
        rows.sort((a, b) -> a.created() != b.created() ? Long.compare(b.created(), a.created())
                : String.valueOf(a.key()).compareTo(String.valueOf(b.key())));
        return rows;
    }
}
