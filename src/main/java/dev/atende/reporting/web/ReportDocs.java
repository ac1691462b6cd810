package dev.atende.reporting.web;

/** The KPI definitions as the API description states them (the README and the dashboards say the same). */
final class ReportDocs {

    private ReportDocs() {
    }

    static final String KPIS = """
            Every KPI of the period [from, to), each counted on its own moment. Durations are seconds \
            (means and percentiles rounded to 0.1 s), rates are fractions from 0 to 1 (null when there is \
            nothing to divide by).

            - created: tickets created in the period.
            - solved: tickets whose last solution (solved or closed) falls in the period; a reopened ticket \
            counts again only when solved again.
            - firstResponseTime: from creation to the team's first public reply (automatic replies and \
            notes do not count), over tickets first answered in the period: count, mean, median, p90 \
            (percentiles interpolate linearly between ranks, like PostgreSQL's percentile_cont and \
            spreadsheets' PERCENTILE.INC).
            - firstResponseBusinessTime: the same in business hours of the calendar of the ticket's SLA \
            policy; a ticket without a policy counts calendar time.
            - resolutionTime / resolutionBusinessTime: from creation to the last solution, over tickets \
            solved in the period.
            - firstContactResolutionRate: of the tickets solved in the period, those solved with exactly \
            one public reply from the team and never reopened.
            - reopenRate: of the tickets solved in the period, those reopened (solved, then open again) \
            at least once.
            - csat: over ratings given in the period, score = good ratings / ratings, meanScore = mean of \
            the 1-5 scores; responseRate = surveys sent in the period that were answered / surveys sent. \
            An answer counts as soon as it is stored; a survey sent but not yet answered within a few \
            minutes. Null only on an installation without the survey module.
            - slaCompliance: met / (met + missed) over every SLA target decided in the period; \
            slaComplianceByTarget per target. A target with a breach is missed at its first breach; one \
            reached without a breach is met when reached (first response: the first reply; next response \
            and resolution: the solution, next response only when the customer wrote again).
            - backlog: tickets open now (new, open, pending, on hold), whatever the period; backlogByAge by \
            age since creation (under 1 day, 1-3, 3-7, 7-30, over 30 days).
            - deflection: help-center requests given up after a suggested article / (those + web tickets \
            created), a session counting once an hour passed without a request; only for reports over every \
            ticket (no filter, admins), null otherwise.
            - retention: customers with tickets created in the previous period of the same length, and the \
            share of them with tickets created in this period too.
            - previous: the same KPIs for the previous period of the same length (with compare=true).

            Admins see every ticket; agents the tickets of the groups they belong to (403 for another \
            group); customers get 403.""";
}
