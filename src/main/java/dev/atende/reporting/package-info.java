/**
 * Reporting: the KPIs of the help desk (first response and resolution times in calendar and
 * business time, first-contact resolution, reopens, CSAT, SLA compliance, backlog, volumes,
 * deflection, retention), dashboards, CSV and JSON exports, scheduled reports by mail and the
 * operational metrics. Every figure comes from one row of facts per ticket ({@code ticket_facts}),
 * kept in the ticket's own transaction and rebuildable from the tickets, articles, history and SLA
 * records, which reporting reads and never writes. Ratings and help-center deflection come in
 * through {@link dev.atende.reporting.RatingSource} and {@link dev.atende.reporting.DeflectionSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package dev.atende.reporting;
