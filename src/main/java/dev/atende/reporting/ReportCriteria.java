package dev.atende.reporting;

/**
 * A report's parameters as typed (query parameters, form fields), checked by {@link Reports}:
 * {@code from} and {@code to} are dates ({@code 2026-01-31}, whole days, both included) or
 * instants ({@code 2026-01-31T12:00:00Z}, {@code to} excluded); {@code agent} may be {@code me}.
 */
public record ReportCriteria(String from, String to, String timeZone, String group, String agent, String channel,
        String category, String organization, String priority) {

    public static ReportCriteria empty() {
        return new ReportCriteria(null, null, null, null, null, null, null, null, null);
    }

    public ReportCriteria withGroup(String value) {
        return new ReportCriteria(from, to, timeZone, value, agent, channel, category, organization, priority);
    }

    public ReportCriteria withAgent(String value) {
        return new ReportCriteria(from, to, timeZone, group, value, channel, category, organization, priority);
    }
}
