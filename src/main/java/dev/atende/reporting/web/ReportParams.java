package dev.atende.reporting.web;

import dev.atende.reporting.ReportCriteria;
import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters every report takes, bound by name, as the API description shows them. */
record ReportParams(
        @Parameter(description = "first day (2026-01-01, included) or instant (2026-01-01T00:00:00Z); "
                + "default: 29 days before today") String from,
        @Parameter(description = "last day (2026-01-31, included) or instant (excluded); default: today") String to,
        @Parameter(description = "IANA time zone days, weeks and months are counted in; default "
                + "atende.reporting.time-zone (UTC)") String timeZone,
        @Parameter(description = "group id (agents: one of their groups)") String group,
        @Parameter(description = "assignee (agent id, or me)") String agent,
        @Parameter(description = "web, email, phone, chat, api, messaging, monitoring") String channel,
        @Parameter(description = "category id (that category only, not its sub-categories)") String category,
        @Parameter(description = "organization id") String organization,
        @Parameter(description = "low, normal, high, urgent") String priority) {

    ReportCriteria criteria() {
        return new ReportCriteria(from, to, timeZone, group, agent, channel, category, organization, priority);
    }
}
