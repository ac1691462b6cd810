package dev.atende.reporting.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Dimension;
import dev.atende.reporting.Interval;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.ReportCriteria;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.Reports;
import dev.atende.reporting.TrendPoint;
import dev.atende.reporting.internal.KpiCards;
import dev.atende.shared.ForbiddenException;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards: an agent's own figures (mine), a team's (a group the agent belongs to; admins
 * any group), and every ticket (admins). Charts draw from JSON in data attributes (no inline
 * script); the queue counters refresh themselves every 30 seconds.
 */
@Controller
class ReportsPage {

    private final Reports reports;
    private final Directory directory;
    private final MessageSource messages;
    private final JsonMapper json;

    ReportsPage(Reports reports, Directory directory, MessageSource messages, JsonMapper json) {
        this.reports = reports;
        this.directory = directory;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/reports")
    String home(Actor actor) {
        requireStaff(actor);
        return "redirect:/reports/team";
    }

    @GetMapping("/reports/mine")
    String mine(Actor actor, ReportParams params, @RequestParam(required = false) String interval, Model model,
            Locale locale) {
        requireStaff(actor);
        var criteria = params.criteria().withAgent("me").withGroup(null);
        return dashboard("mine", actor, criteria, interval, List.of(Dimension.CHANNEL, Dimension.CATEGORY), model,
                locale);
    }

    @GetMapping("/reports/team")
    String team(Actor actor, ReportParams params, @RequestParam(required = false) String interval, Model model,
            Locale locale) {
        requireStaff(actor);
        List<GroupRef> groups = groups(actor);
        String group = params.group() == null || params.group().isBlank()
                ? (groups.isEmpty() ? null : Long.toString(groups.get(0).id())) : params.group();
        var criteria = params.criteria().withGroup(group).withAgent(blankToNull(params.agent()));
        return dashboard("team", actor, criteria, interval, List.of(Dimension.AGENT, Dimension.CHANNEL), model, locale);
    }

    @GetMapping("/admin/reports")
    String all(Actor actor, ReportParams params, @RequestParam(required = false) String interval, Model model,
            Locale locale) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        var criteria = params.criteria().withGroup(null).withAgent(null);
        return dashboard("all", actor, criteria, interval, List.of(Dimension.GROUP, Dimension.CHANNEL,
                Dimension.ORGANIZATION), model, locale);
    }

    /** The queue counters alone, for the dashboard's periodic refresh. */
    @GetMapping("/reports/queue")
    String queue(Actor actor, @RequestParam(required = false) String group, Model model) {
        model.addAttribute("queue", reports.queue(actor, ReportCriteria.empty().withGroup(blankToNull(group))));
        model.addAttribute("queueGroup", blankToNull(group));
        return "reporting/dashboard :: queue";
    }

    private String dashboard(String view, Actor actor, ReportCriteria criteria, String intervalCode,
            List<Dimension> dimensions, Model model, Locale locale) {
        ReportFilter filter = reports.filter(actor, criteria);
        Interval interval = intervalCode == null || intervalCode.isBlank() ? defaultInterval(filter)
                : ReportApi.interval(intervalCode);
        var board = reports.dashboard(filter, interval, dimensions);
        Kpis kpis = board.kpis();
        List<TrendPoint> trend = board.trend();
        Map<Dimension, List<Row>> breakdowns = new LinkedHashMap<>();
        board.breakdowns().forEach((d, rows) -> breakdowns.put(d, top(rows).stream().map(Row::of).toList()));
        model.addAttribute("view", view);
        model.addAttribute("groups", groups(actor));
        model.addAttribute("criteria", criteria);
        model.addAttribute("from", DateTimeFormatter.ISO_LOCAL_DATE.format(filter.from().atZone(filter.zone())));
        model.addAttribute("to", DateTimeFormatter.ISO_LOCAL_DATE.format(filter.to().minusNanos(1).atZone(filter.zone())));
        model.addAttribute("zone", filter.zone().getId());
        model.addAttribute("interval", interval.code());
        model.addAttribute("intervals", Interval.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("kpis", kpis);
        model.addAttribute("cards", KpiCards.of(kpis, locale));
        model.addAttribute("breakdowns", breakdowns);
        model.addAttribute("queue", reports.queue(actor, ReportCriteria.empty().withGroup(criteria.group())));
        model.addAttribute("queueGroup", criteria.group());
        model.addAttribute("trendJson", trendJson(trend, filter, interval, locale));
        model.addAttribute("backlogJson", backlogJson(kpis.backlogByAge(), locale));
        model.addAttribute("exports", exports(criteria, filter, interval));
        return "reporting/dashboard";
    }

    /** A breakdown row as shown: durations in words. */
    record Row(String label, long created, long solved, String firstResponse, String resolution) {

        static Row of(BreakdownRow r) {
            return new Row(r.label(), r.created(), r.solved(), duration(r.firstResponseMedian()),
                    duration(r.resolutionMedian()));
        }

        private static String duration(Double seconds) {
            return seconds == null ? "–" : KpiCards.duration(Math.round(seconds));
        }
    }

    private static Interval defaultInterval(ReportFilter filter) {
        long days = filter.length().toDays();
        return days > 366 ? Interval.MONTH : days > 92 ? Interval.WEEK : Interval.DAY;
    }

    private static List<BreakdownRow> top(List<BreakdownRow> rows) {
        return rows.size() > 10 ? rows.subList(0, 10) : rows;
    }

    private List<GroupRef> groups(Actor actor) {
        return directory.allGroups().stream().filter(g -> actor.isAdmin() || actor.belongsTo(g.id())).toList();
    }

    private String trendJson(List<TrendPoint> trend, ReportFilter filter, Interval interval, Locale locale) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern(interval == Interval.MONTH ? "MMM yyyy" : "dd/MM", locale);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", trend.stream().map(p -> label.format(p.from().atZone(filter.zone()))).toList());
        data.put("created", trend.stream().map(TrendPoint::created).toList());
        data.put("solved", trend.stream().map(TrendPoint::solved).toList());
        data.put("firstResponseHours", trend.stream().map(p -> hours(p.firstResponseMedian())).toList());
        data.put("names", Map.of("created", text("reporting.kpi.created", locale),
                "solved", text("reporting.kpi.solved", locale),
                "firstResponseHours", text("reporting.chart.firstResponseHours", locale)));
        return json.writeValueAsString(data);
    }

    private String backlogJson(Kpis.Backlog backlog, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", List.of(text("reporting.backlog.underOneDay", locale),
                text("reporting.backlog.oneToThreeDays", locale), text("reporting.backlog.threeToSevenDays", locale),
                text("reporting.backlog.sevenToThirtyDays", locale), text("reporting.backlog.overThirtyDays", locale)));
        data.put("open", List.of(backlog.underOneDay(), backlog.oneToThreeDays(), backlog.threeToSevenDays(),
                backlog.sevenToThirtyDays(), backlog.overThirtyDays()));
        data.put("names", Map.of("open", text("reporting.kpi.backlog", locale)));
        return json.writeValueAsString(data);
    }

    private static Map<String, String> exports(ReportCriteria c, ReportFilter filter, Interval interval) {
        Map<String, String> links = new LinkedHashMap<>();
        String from = DateTimeFormatter.ISO_LOCAL_DATE.format(filter.from().atZone(filter.zone()));
        String to = DateTimeFormatter.ISO_LOCAL_DATE.format(filter.to().minusNanos(1).atZone(filter.zone()));
        for (String name : List.of("kpis", "tickets", "trend")) {
            var uri = UriComponentsBuilder.fromPath("/api/v1/reports/" + name + ".csv").queryParam("from", from)
                    .queryParam("to", to).queryParam("timeZone", filter.zone().getId());
            param(uri, "group", c.group());
            param(uri, "agent", c.agent());
            param(uri, "channel", c.channel());
            param(uri, "priority", c.priority());
            if (!name.equals("tickets")) {
                uri.queryParam("interval", interval.code());
            }
            links.put(name, uri.encode().build().toUriString());
        }
        return links;
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private static Double hours(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 36.0) / 100.0;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.report.forbidden");
        }
    }
}
