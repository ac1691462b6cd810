package dev.atende.reporting.web;

import dev.atende.reporting.BreakdownRow;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.TicketLine;
import dev.atende.reporting.TrendPoint;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The columns of each CSV export. */
final class ReportCsv {

    private ReportCsv() {
    }

    static Csv open(HttpServletResponse response, String name, ReportFilter filter) throws IOException {
        String from = DateTimeFormatter.ISO_LOCAL_DATE.format(filter.from().atZone(filter.zone()));
        String to = DateTimeFormatter.ISO_LOCAL_DATE.format(filter.to().minusNanos(1).atZone(filter.zone()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"atende-" + name + "-" + from + "-" + to + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return new Csv(response.getOutputStream());
    }

    static void kpis(Csv csv, List<Kpis> rows) {
        csv.row("from", "to", "created", "solved", "first_response_count", "first_response_mean_s",
                "first_response_median_s", "first_response_p90_s", "first_response_business_mean_s",
                "first_response_business_median_s", "first_response_business_p90_s", "resolution_count",
                "resolution_mean_s", "resolution_median_s", "resolution_p90_s", "resolution_business_mean_s",
                "resolution_business_median_s", "resolution_business_p90_s", "first_contact_resolution_rate",
                "reopen_rate", "csat_score", "csat_mean_score", "csat_response_rate", "sla_compliance",
                "sla_first_response_rate", "sla_next_response_rate", "sla_resolution_rate", "backlog",
                "retention_rate", "deflection_rate");
        for (Kpis k : rows) {
            var sla = k.slaComplianceByTarget();
            csv.row(k.from(), k.to(), k.created(), k.solved(), k.firstResponseTime().count(), k.firstResponseTime().mean(),
                    k.firstResponseTime().median(), k.firstResponseTime().p90(), k.firstResponseBusinessTime().mean(),
                    k.firstResponseBusinessTime().median(), k.firstResponseBusinessTime().p90(),
                    k.resolutionTime().count(), k.resolutionTime().mean(), k.resolutionTime().median(),
                    k.resolutionTime().p90(), k.resolutionBusinessTime().mean(), k.resolutionBusinessTime().median(),
                    k.resolutionBusinessTime().p90(), k.firstContactResolutionRate(), k.reopenRate(),
                    k.csat() == null ? null : k.csat().score(), k.csat() == null ? null : k.csat().meanScore(),
                    k.csat() == null ? null : k.csat().responseRate(), k.slaCompliance(), sla.firstResponse().rate(),
                    sla.nextResponse().rate(), sla.resolution().rate(), k.backlog(), k.retention().rate(),
                    k.deflection() == null ? null : k.deflection().rate());
        }
    }

    static void trend(Csv csv, List<TrendPoint> points) {
        csv.row("from", "to", "created", "solved", "first_response_median_s", "resolution_median_s", "csat_score");
        points.forEach(p -> csv.row(p.from(), p.to(), p.created(), p.solved(), p.firstResponseMedian(),
                p.resolutionMedian(), p.csatScore()));
    }

    static void breakdown(Csv csv, List<BreakdownRow> rows) {
        csv.row("key", "name", "created", "solved", "first_response_median_s", "resolution_median_s");
        rows.forEach(r -> csv.row(r.key(), r.label(), r.created(), r.solved(), r.firstResponseMedian(),
                r.resolutionMedian()));
    }

    static void ticketHeader(Csv csv) {
        csv.row("id", "number", "subject", "status", "channel", "priority", "group", "assignee", "organization",
                "category", "created_at", "first_response_at", "first_response_s", "first_response_business_s",
                "solved_at", "resolution_s", "resolution_business_s", "agent_replies", "reopens",
                "first_contact_resolution", "sla_first_response", "sla_next_response", "sla_resolution",
                "rating_score", "rating_good");
    }

    static void ticket(Csv csv, TicketLine t) {
        csv.row(t.id(), t.number(), t.subject(), t.status(), t.channel(), t.priority(), t.group(), t.assignee(),
                t.organization(), t.category(), t.createdAt(), t.firstResponseAt(), t.firstResponseSeconds(),
                t.firstResponseBusinessSeconds(), t.solvedAt(), t.resolutionSeconds(), t.resolutionBusinessSeconds(),
                t.agentReplies(), t.reopens(), t.firstContactResolution(), t.slaFirstResponse(), t.slaNextResponse(),
                t.slaResolution(), t.ratingScore(), t.ratingGood());
    }
}
