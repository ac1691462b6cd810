package dev.atende.reporting;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.reporting.internal.ReportData;
import dev.atende.shared.ForbiddenException;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.Priority;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The reports, with who may read what: admins every ticket; agents the tickets of the groups they
 * belong to (their team dashboards, and their own figures as one agent among them); customers
 * nothing (403). A group an agent does not belong to is refused (403), an unknown one is a 422.
 */
@Service
public class Reports {

    /** Most buckets a trend may have (a year of days). */
    public static final int MAX_POINTS = 400;

    private final ReportData data;
    private final ReportCriteriaReader reader;
    private final Directory directory;
    private final CategoryManagement categories;

    Reports(ReportData data, ReportCriteriaReader reader, Directory directory, CategoryManagement categories) {
        this.data = data;
        this.reader = reader;
        this.directory = directory;
        this.categories = categories;
    }

    /** The filter the criteria describe, narrowed to what the actor may see. */
    public ReportFilter filter(Actor actor, ReportCriteria criteria) {
        requireStaff(actor);
        ReportFilter filter = reader.read(actor, criteria);
        if (actor.isAdmin()) {
            return filter;
        }
        if (filter.group() != null && !actor.belongsTo(filter.group())) {
            throw new ForbiddenException("error.report.groupForbidden");
        }
        return new ReportFilter(filter.from(), filter.to(), filter.zone(), filter.group(), filter.agent(),
                filter.channel(), filter.category(), filter.organization(), filter.priority(), actor.groupIds());
    }

    public Kpis kpis(Actor actor, ReportCriteria criteria, boolean compare) {
        return kpis(filter(actor, criteria), compare);
    }

    /** For a filter already checked (scheduled reports, the dashboard after {@link #filter}). */
    public Kpis kpis(ReportFilter filter, boolean compare) {
        return data.kpis(filter, compare);
    }

    public List<TrendPoint> trend(Actor actor, ReportCriteria criteria, Interval interval) {
        ReportFilter filter = filter(actor, criteria);
        return data.trend(filter, buckets(filter, interval));
    }

    /** The period cut at the starts of days, weeks or months in its time zone (the first and last may be partial). */
    public static List<Instant[]> buckets(ReportFilter filter, Interval interval) {
        List<Instant[]> buckets = new ArrayList<>();
        ZonedDateTime start = interval.start(filter.from().atZone(filter.zone()));
        while (start.toInstant().isBefore(filter.to())) {
            ZonedDateTime next = interval.next(start);
            Instant from = start.toInstant().isBefore(filter.from()) ? filter.from() : start.toInstant();
            Instant to = next.toInstant().isAfter(filter.to()) ? filter.to() : next.toInstant();
            buckets.add(new Instant[] {from, to});
            if (buckets.size() > MAX_POINTS) {
                throw dev.atende.shared.InvalidInputException.of("interval", "error.report.tooManyPoints", MAX_POINTS);
            }
            start = next;
        }
        return buckets;
    }

    public List<BreakdownRow> breakdown(Actor actor, ReportCriteria criteria, Dimension dimension) {
        return byCode(dimension, data.breakdown(filter(actor, criteria), dimension, keys -> labels(dimension, keys)));
    }

    /** A dashboard's figures (KPIs with the previous period, trend, breakdowns), counted from one load. */
    public ReportData.Dashboard dashboard(ReportFilter filter, Interval interval, List<Dimension> dimensions) {
        var board = data.dashboard(filter, buckets(filter, interval), dimensions,
                dimension -> keys -> labels(dimension, keys));
        Map<Dimension, List<BreakdownRow>> breakdowns = new java.util.LinkedHashMap<>();
        board.breakdowns().forEach((d, rows) -> breakdowns.put(d, byCode(d, rows)));
        return new ReportData.Dashboard(board.kpis(), board.trend(), breakdowns);
    }

    /** The KPIs of each day, week or month of the period (for a filter already checked). */
    public List<Kpis> series(ReportFilter filter, Interval interval) {
        return data.series(filter, buckets(filter, interval));
    }

    private static List<BreakdownRow> byCode(Dimension dimension, List<BreakdownRow> rows) {
        if (dimension != Dimension.PRIORITY) {
            return rows;
        }
        return rows.stream().map(r -> new BreakdownRow(r.label(), r.label(), r.created(), r.solved(),
                r.firstResponseMedian(), r.resolutionMedian())).toList(); // priorities by code, not by rank
    }

    public void tickets(Actor actor, ReportCriteria criteria, Consumer<TicketLine> each) {
        data.tickets(filter(actor, criteria), each);
    }

    /** The queue now, for the groups the actor may see (or one of them). */
    public QueueHealth queue(Actor actor, ReportCriteria criteria) {
        return data.queue(filter(actor, criteria));
    }

    /** Every ticket's facts recomputed from the tickets (admins). */
    public long rebuildFacts(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        return data.rebuild();
    }

    private Map<String, String> labels(Dimension dimension, Collection<String> keys) {
        Map<String, String> labels = new HashMap<>();
        List<Long> ids = keys.stream().filter(k -> k != null && k.chars().allMatch(Character::isDigit))
                .map(Long::valueOf).toList();
        switch (dimension) {
            case CHANNEL -> keys.forEach(k -> labels.put(k, k));
            case PRIORITY -> keys.forEach(k -> labels.put(k, k == null ? null : Priority.values()[Integer.parseInt(k)].code()));
            case GROUP -> directory.groups(ids).values().forEach(g -> labels.put(Long.toString(g.id()), g.name()));
            case AGENT -> directory.users(ids).values().forEach(u -> labels.put(Long.toString(u.id()), u.name()));
            case ORGANIZATION -> directory.organizations(ids).values()
                    .forEach(o -> labels.put(Long.toString(o.id()), o.name()));
            case CATEGORY -> categories.paths().forEach((id, path) -> labels.put(Long.toString(id), path));
        }
        return labels;
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.report.forbidden");
        }
    }
}
