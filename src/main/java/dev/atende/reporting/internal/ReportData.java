package dev.atende.reporting.internal;

import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.QueueHealth;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.TicketLine;
import dev.atende.reporting.TrendPoint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures behind {@link dev.atende.reporting.Reports}, for filters already checked. */
@Component
@Transactional(readOnly = true)
public class ReportData {

    private final KpiQueries kpis;
    private final TrendQueries trends;
    private final TicketLines lines;
    private final FactsRebuild rebuild;

    ReportData(KpiQueries kpis, TrendQueries trends, TicketLines lines, FactsRebuild rebuild) {
        this.kpis = kpis;
        this.trends = trends;
        this.lines = lines;
        this.rebuild = rebuild;
    }

    public Kpis kpis(ReportFilter filter, boolean compare) {
        Kpis.Backlog backlog = kpis.backlog(filter);
        Kpis current = kpis.kpis(filter, backlog);
        return compare ? current.withPrevious(kpis.kpis(filter.previous(), backlog)) : current;
    }

    public List<TrendPoint> trend(ReportFilter filter, List<Instant[]> buckets) {
        return trends.trend(filter, buckets);
    }

    public List<BreakdownRow> breakdown(ReportFilter filter, Dimension dimension,
            Function<Collection<String>, Map<String, String>> labeler) {
        return trends.breakdown(filter, dimension, labeler);
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
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long rebuild() {
        return rebuild.rebuildAll();
    }
}
