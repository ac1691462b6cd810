package dev.atende.reporting.internal;

import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.DeflectionSource;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.QueueHealth;
import dev.atende.reporting.RatingSource;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.TicketLine;
import dev.atende.reporting.TrendPoint;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind {@link dev.atende.reporting.Reports}, for filters already checked: the facts
 * of a window are loaded once and every figure of a page is counted from them.
 */
@Component
@Transactional(readOnly = true)
public class ReportData {

    private final FactWindow window;
    private final KpiQueries queries;
    private final TicketLines lines;
    private final FactsRebuild rebuild;
    private final ObjectProvider<RatingSource> ratings;
    private final ObjectProvider<DeflectionSource> deflections;

    ReportData(FactWindow window, KpiQueries queries, TicketLines lines, FactsRebuild rebuild,
            ObjectProvider<RatingSource> ratings, ObjectProvider<DeflectionSource> deflections) {
        this.window = window;
        this.queries = queries;
        this.lines = lines;
        this.rebuild = rebuild;
        this.ratings = ratings;
        this.deflections = deflections;
    }

    /** A dashboard's figures from one load: the KPIs with the previous period, a trend, breakdowns. */
    public record Dashboard(Kpis kpis, List<TrendPoint> trend, Map<Dimension, List<BreakdownRow>> breakdowns) {
    }

    public Kpis kpis(ReportFilter filter, boolean compare) {
        List<Fact> facts = window.load(filter, filter.previous().from(), filter.to());
        return kpis(facts, filter, compare, queries.backlog(filter));
    }

    public Dashboard dashboard(ReportFilter filter, List<Instant[]> buckets, List<Dimension> dimensions,
            Function<Dimension, Function<Collection<String>, Map<String, String>>> labelers) {
        List<Fact> facts = window.load(filter, filter.previous().from(), filter.to());
        Map<Dimension, List<BreakdownRow>> breakdowns = new LinkedHashMap<>();
        dimensions.forEach(d -> breakdowns.put(d,
                KpiMath.breakdown(facts, filter.from(), filter.to(), d, labelers.apply(d))));
        return new Dashboard(kpis(facts, filter, true, queries.backlog(filter)),
                KpiMath.trend(facts, buckets, rated()), breakdowns);
    }

    /** The KPIs of each bucket (without comparison), from one load. */
    public List<Kpis> series(ReportFilter filter, List<Instant[]> buckets) {
        ReportFilter first = filter.during(buckets.get(0)[0], buckets.get(0)[1]);
        List<Fact> facts = window.load(filter, first.previous().from(), filter.to());
        Kpis.Backlog backlog = queries.backlog(filter);
        return buckets.stream().map(b -> kpis(facts, filter.during(b[0], b[1]), false, backlog)).toList();
    }

    public List<TrendPoint> trend(ReportFilter filter, List<Instant[]> buckets) {
        return KpiMath.trend(window.load(filter, filter.from(), filter.to()), buckets, rated());
    }

    public List<BreakdownRow> breakdown(ReportFilter filter, Dimension dimension,
            Function<Collection<String>, Map<String, String>> labeler) {
        return KpiMath.breakdown(window.load(filter, filter.from(), filter.to()), filter.from(), filter.to(), dimension,
                labeler);
    }

    public void tickets(ReportFilter filter, Consumer<TicketLine> each) {
        lines.created(filter, each);
    }

    public List<TicketLine> worstRated(ReportFilter filter, int limit) {
        return lines.worstRated(filter, limit);
    }

    public QueueHealth queue(ReportFilter filter) {
        return lines.queue(filter);
    }

    /** Slice by slice, each in a transaction of its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long rebuild() {
        return rebuild.rebuildAll();
    }

    private Kpis kpis(List<Fact> facts, ReportFilter filter, boolean compare, Kpis.Backlog backlog) {
        ReportFilter previous = filter.previous();
        IdSet before = KpiMath.customers(facts, previous.from(), previous.to());
        Kpis current = KpiMath.kpis(facts, filter.from(), filter.to(), before, rated(), deflected(filter), backlog);
        if (!compare) {
            return current;
        }
        IdSet beforePrevious = queries.customers(previous.previous());
        return current.withPrevious(KpiMath.kpis(facts, previous.from(), previous.to(), beforePrevious, rated(),
                deflected(previous), backlog));
    }

    private boolean rated() {
        return ratings.getIfAvailable() != null;
    }

    /** Only over every ticket: the help center's visitors belong to no group, agent or channel. */
    private Long deflected(ReportFilter filter) {
        DeflectionSource source = deflections.getIfAvailable();
        if (source == null || filter.narrowed() || filter.groups() != null) {
            return null;
        }
        return source.counts(filter.from(), filter.to()).deflected();
    }
}
