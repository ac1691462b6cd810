package dev.atende.reporting;

import java.time.Instant;

/** One ticket with its KPI fields, as the ticket export lists it. */
public record TicketLine(long id, long number, String subject, String status, String channel, String priority,
        String group, String assignee, String organization, String category, Instant createdAt,
        Instant firstResponseAt, Long firstResponseSeconds, Long firstResponseBusinessSeconds, Instant solvedAt,
        Long resolutionSeconds, Long resolutionBusinessSeconds, int agentReplies, int reopens,
        boolean firstContactResolution, String slaFirstResponse, String slaNextResponse, String slaResolution,
        Integer ratingScore, Boolean ratingGood) {
}
