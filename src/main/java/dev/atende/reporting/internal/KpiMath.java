package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.Fact.within;

import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.Kpis.Backlog;
import dev.atende.reporting.Kpis.Csat;
import dev.atende.reporting.Kpis.Deflection;
import dev.atende.reporting.Kpis.Retention;
import dev.atende.reporting.Kpis.SlaCompliance;
import dev.atende.reporting.Kpis.TimeStats;
import dev.atende.reporting.TrendPoint;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The KPI arithmetic over loaded facts, each figure on its own moment within {@code [from, to)}.
 * Percentiles interpolate linearly between ranks (as PostgreSQL's {@code percentile_cont});
 * means and percentiles are rounded to 0.1 s, rates to four decimals.
 */
final class KpiMath {

    private KpiMath() {
    }

    /** {@code previousCustomers}: who had tickets created in the period before (for retention). */
    static Kpis kpis(List<Fact> facts, Instant fromInstant, Instant toInstant, IdSet previousCustomers,
            boolean ratings, Long deflected, Backlog backlog) {
        long from = FactWindow.micros(fromInstant);
        long to = FactWindow.micros(toInstant);
        long created = 0;
        long solved = 0;
        long firstContact = 0;
        long reopened = 0;
        long web = 0;
        var customers = new IdSet.Builder();
        LongList frt = new LongList();
        LongList frtBusiness = new LongList();
        LongList res = new LongList();
        LongList resBusiness = new LongList();
        long[] sla = new long[6];
        long rated = 0;
        long good = 0;
        long scores = 0;
        long surveys = 0;
        long answered = 0;
        for (Fact f : facts) {
            if (within(f.created(), from, to)) {
                created++;
                customers.add(f.customer());
                web += "web".equals(f.channel()) ? 1 : 0;
            }
            if (within(f.firstResponseAt(), from, to)) {
                frt.add(f.firstResponse());
                frtBusiness.add(f.firstResponseBusiness());
            }
            if (within(f.solvedAt(), from, to)) {
                solved++;
                firstContact += f.agentReplies() == 1 && f.reopens() == 0 ? 1 : 0;
                reopened += f.reopens() > 0 ? 1 : 0;
                res.add(f.resolution());
                resBusiness.add(f.resolutionBusiness());
            }
            count(sla, 0, f.slaFirstResponse(), within(f.slaFirstResponseAt(), from, to));
            count(sla, 2, f.slaNextResponse(), within(f.slaNextResponseAt(), from, to));
            count(sla, 4, f.slaResolution(), within(f.slaResolutionAt(), from, to));
            if (within(f.ratedAt(), from, to) && f.score() > 0) {
                rated++;
                good += f.good() ? 1 : 0;
                scores += f.score();
            }
            if (within(f.surveySentAt(), from, to)) {
                surveys++;
                answered += f.ratedAt() != Fact.NONE ? 1 : 0;
            }
        }
        var compliance = new SlaCompliance(target(sla, 0), target(sla, 2), target(sla, 4));
        long met = sla[0] + sla[2] + sla[4];
        long missed = sla[1] + sla[3] + sla[5];
        Csat csat = !ratings ? null : new Csat(rate(good, rated), rated == 0 ? null : round((double) scores / rated, 100),
                rated, good, surveys, answered, rate(answered, surveys));
        long returning = previousCustomers.common(customers.build());
        return new Kpis(fromInstant, toInstant, created, solved, stats(frt), stats(frtBusiness), stats(res),
                stats(resBusiness), rate(firstContact, solved), firstContact, rate(reopened, solved), reopened, csat,
                rate(met, met + missed), compliance, backlog.total(), backlog,
                deflected == null ? null : new Deflection(deflected, web, rate(deflected, deflected + web)),
                new Retention(previousCustomers.size(), returning, rate(returning, previousCustomers.size())), null);
    }

    /** Customers with tickets created in {@code [from, to)}. */
    static IdSet customers(List<Fact> facts, Instant from, Instant to) {
        long a = FactWindow.micros(from);
        long b = FactWindow.micros(to);
        var customers = new IdSet.Builder();
        for (Fact f : facts) {
            if (within(f.created(), a, b)) {
                customers.add(f.customer());
            }
        }
        return customers.build();
    }

    /** One pass over the facts, each moment put in its bucket by binary search. */
    static List<TrendPoint> trend(List<Fact> facts, List<Instant[]> buckets, boolean ratings) {
        int n = buckets.size();
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = FactWindow.micros(buckets.get(i)[0]);
        }
        long end = FactWindow.micros(buckets.get(n - 1)[1]);
        long[] created = new long[n];
        long[] rated = new long[n];
        long[] good = new long[n];
        LongList[] res = new LongList[n];
        LongList[] frt = new LongList[n];
        for (int i = 0; i < n; i++) {
            res[i] = new LongList();
            frt[i] = new LongList();
        }
        for (Fact f : facts) {
            int c = bucket(starts, end, f.created());
            if (c >= 0) {
                created[c]++;
            }
            int s = bucket(starts, end, f.solvedAt());
            if (s >= 0) {
                res[s].add(f.resolution());
            }
            int r = bucket(starts, end, f.firstResponseAt());
            if (r >= 0) {
                frt[r].add(f.firstResponse());
            }
            int g = bucket(starts, end, f.ratedAt());
            if (g >= 0 && f.score() > 0) {
                rated[g]++;
                good[g] += f.good() ? 1 : 0;
            }
        }
        List<TrendPoint> points = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new TrendPoint(buckets.get(i)[0], buckets.get(i)[1], created[i], res[i].size,
                    frt[i].percentile(0.5), res[i].percentile(0.5), ratings ? rate(good[i], rated[i]) : null));
        }
        return points;
    }

    /** The bucket holding {@code at}, or -1 outside them all. */
    private static int bucket(long[] starts, long end, long at) {
        if (at == Fact.NONE || at < starts[0] || at >= end) {
            return -1;
        }
        int found = Arrays.binarySearch(starts, at);
        return found >= 0 ? found : -found - 2;
    }

    static List<BreakdownRow> breakdown(List<Fact> facts, Instant fromInstant, Instant toInstant, Dimension dimension,
            Function<Collection<String>, Map<String, String>> labeler) {
        long from = FactWindow.micros(fromInstant);
        long to = FactWindow.micros(toInstant);
        Function<Fact, String> key = key(dimension);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, LongList[]> times = new LinkedHashMap<>();
        for (Fact f : facts) {
            boolean c = within(f.created(), from, to);
            boolean s = within(f.solvedAt(), from, to);
            boolean r = within(f.firstResponseAt(), from, to);
            if (!c && !s && !r) {
                continue;
            }
            String k = key.apply(f);
            long[] n = counts.computeIfAbsent(k, x -> new long[2]);
            LongList[] t = times.computeIfAbsent(k, x -> new LongList[] {new LongList(), new LongList()});
            n[0] += c ? 1 : 0;
            n[1] += s ? 1 : 0;
            if (s) {
                t[1].add(f.resolution());
            }
            if (r) {
                t[0].add(f.firstResponse());
            }
        }
        Map<String, String> labels = labeler.apply(counts.keySet());
        return counts.entrySet().stream().map(e -> new BreakdownRow(e.getKey(), labels.get(e.getKey()),
                e.getValue()[0], e.getValue()[1], times.get(e.getKey())[0].percentile(0.5),
                times.get(e.getKey())[1].percentile(0.5))).sorted((a, b) -> a.created() != b.created()
                        ? Long.compare(b.created(), a.created())
                        : String.valueOf(a.key()).compareTo(String.valueOf(b.key()))).toList();
    }

    private static Function<Fact, String> key(Dimension dimension) {
        return switch (dimension) {
            case CHANNEL -> Fact::channel;
            case GROUP -> f -> Long.toString(f.group());
            case AGENT -> f -> f.agent() == null ? null : f.agent().toString();
            case CATEGORY -> f -> f.category() == null ? null : f.category().toString();
            case ORGANIZATION -> f -> f.organization() == null ? null : f.organization().toString();
            case PRIORITY -> f -> Integer.toString(f.priority());
        };
    }

    private static void count(long[] sla, int at, byte outcome, boolean inPeriod) {
        if (inPeriod && outcome != 0) {
            sla[outcome > 0 ? at : at + 1]++;
        }
    }

    private static SlaCompliance.Target target(long[] sla, int at) {
        return new SlaCompliance.Target(sla[at], sla[at + 1], rate(sla[at], sla[at] + sla[at + 1]));
    }

    private static TimeStats stats(LongList values) {
        return new TimeStats(values.size, values.size == 0 ? null : round(values.sum() / (double) values.size, 10),
                values.percentile(0.5), values.percentile(0.9));
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 10_000);
    }

    static Double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /** A growable list of longs (values absent from the facts are skipped). */
    static final class LongList {

        private long[] values = new long[16];
        private int size;
        private boolean sorted;

        void add(long value) {
            if (value == Fact.NONE) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            sorted = false;
        }

        long sum() {
            long sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum;
        }

        /** Linear interpolation between the closest ranks, rounded to 0.1; null when empty. */
        Double percentile(double p) {
            if (size == 0) {
                return null;
            }
            if (!sorted) {
                Arrays.sort(values, 0, size);
                sorted = true;
            }
            double position = p * (size - 1);
            int lower = (int) Math.floor(position);
            int upper = Math.min(size - 1, lower + 1);
            double value = values[lower] + (position - lower) * (values[upper] - values[lower]);
            return round(value, 10);
        }
    }
}
