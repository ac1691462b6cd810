package dev.atende.reporting.web;

import dev.atende.identity.Actor;
import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.Interval;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.QueueHealth;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.Reports;
import dev.atende.reporting.TrendPoint;
import dev.atende.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports")
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    @Operation(summary = "KPIs of a period (staff; agents for their groups)", description = ReportDocs.KPIS)
    @GetMapping("/kpis")
    Kpis kpis(Actor actor, @ParameterObject ReportParams params,
            @Parameter(description = "also the previous period of the same length, as previous")
            @RequestParam(defaultValue = "false") boolean compare) {
        return reports.kpis(actor, params.criteria(), compare);
    }

    @Operation(summary = "The KPIs as CSV: one row for the period, or one per day, week or month",
            description = "UTF-8 with a byte-order mark; text cells starting with = + - @ get a leading apostrophe. "
                    + "Columns as in GET /kpis (seconds, fractions). " + "See GET /kpis for the definitions.")
    @GetMapping("/kpis.csv")
    void kpisCsv(Actor actor, @ParameterObject ReportParams params,
            @Parameter(description = "day, week or month: a row per bucket") @RequestParam(required = false) String interval,
            HttpServletResponse response) throws IOException {
        ReportFilter filter = reports.filter(actor, params.criteria());
        List<Kpis> kpis = interval == null || interval.isBlank() ? List.of(reports.kpis(filter, false))
                : reports.series(filter, interval(interval));
        try (Csv csv = ReportCsv.open(response, "kpis", filter)) {
            ReportCsv.kpis(csv, kpis);
        }
    }

    @Operation(summary = "Created, solved, median times and CSAT per day, week or month of the period")
    @GetMapping("/trend")
    List<TrendPoint> trend(Actor actor, @ParameterObject ReportParams params,
            @Parameter(description = "day (default), week or month") @RequestParam(defaultValue = "day") String interval) {
        return reports.trend(actor, params.criteria(), interval(interval));
    }

    @Operation(summary = "The trend as CSV")
    @GetMapping("/trend.csv")
    void trendCsv(Actor actor, @ParameterObject ReportParams params,
            @RequestParam(defaultValue = "day") String interval, HttpServletResponse response) throws IOException {
        List<TrendPoint> points = reports.trend(actor, params.criteria(), interval(interval));
        try (Csv csv = ReportCsv.open(response, "trend", reports.filter(actor, params.criteria()))) {
            ReportCsv.trend(csv, points);
        }
    }

    @Operation(summary = "Created and solved tickets, median first response and resolution times, per channel, "
            + "group, agent, category, organization or priority",
            description = "key is the code or id (null: none, e.g. unassigned), label its name.")
    @GetMapping("/breakdown")
    List<BreakdownRow> breakdown(Actor actor, @ParameterObject ReportParams params,
            @Parameter(description = "channel, group, agent, category, organization, priority")
            @RequestParam(defaultValue = "channel") String by) {
        return reports.breakdown(actor, params.criteria(), dimension(by));
    }

    @Operation(summary = "The breakdown as CSV")
    @GetMapping("/breakdown.csv")
    void breakdownCsv(Actor actor, @ParameterObject ReportParams params,
            @RequestParam(defaultValue = "channel") String by, HttpServletResponse response) throws IOException {
        List<BreakdownRow> rows = reports.breakdown(actor, params.criteria(), dimension(by));
        try (Csv csv = ReportCsv.open(response, "breakdown-" + dimension(by).code(),
                reports.filter(actor, params.criteria()))) {
            ReportCsv.breakdown(csv, rows);
        }
    }

    @Operation(summary = "The tickets created in the period with their KPI fields, as CSV",
            description = "One row per ticket, oldest first: number, subject, status, channel, priority, group, "
                    + "assignee, organization, category, times (ISO-8601 UTC) and durations in seconds (calendar and "
                    + "business), public replies from the team, reopens, first-contact resolution, SLA outcome per "
                    + "target (met/missed), rating. Text cells starting with = + - @ get a leading apostrophe.")
    @GetMapping("/tickets.csv")
    void ticketsCsv(Actor actor, @ParameterObject ReportParams params, HttpServletResponse response)
            throws IOException {
        ReportFilter filter = reports.filter(actor, params.criteria()); // refused before anything is written
        try (Csv csv = ReportCsv.open(response, "tickets", filter)) {
            ReportCsv.ticketHeader(csv);
            reports.tickets(actor, params.criteria(), line -> ReportCsv.ticket(csv, line));
        }
    }

    @Operation(summary = "The queue now: open, unassigned, SLA deadline within the hour, overdue",
            description = "For the groups the caller may see, or the one named.")
    @GetMapping("/queue")
    QueueHealth queue(Actor actor, @Parameter(description = "group id") @RequestParam(required = false) String group) {
        return reports.queue(actor, dev.atende.reporting.ReportCriteria.empty().withGroup(group));
    }

    @Operation(summary = "Recompute every ticket's report facts from the tickets (admins)",
            description = "Facts are kept as tickets change; this rebuilds them whole (after a restore, say). "
                    + "Runs while you wait: about two minutes per million tickets on two cores.")
    @PostMapping("/facts/rebuild")
    Map<String, Long> rebuild(Actor actor) {
        return Map.of("tickets", reports.rebuildFacts(actor));
    }

    static Interval interval(String code) {
        Interval interval = Interval.fromCode(code == null ? "" : code.strip());
        if (interval == null) {
            throw InvalidInputException.of("interval", "error.field.unknownValue", clip(code));
        }
        return interval;
    }

    static Dimension dimension(String code) {
        Dimension dimension = Dimension.fromCode(code == null ? "" : code.strip());
        if (dimension == null) {
            throw InvalidInputException.of("by", "error.field.unknownValue", clip(code));
        }
        return dimension;
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
