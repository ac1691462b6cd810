package dev.atende.reporting.internal;

import java.time.Instant;

/**
 * What the ticket, its articles, its history and its SLA records say about one ticket, as read
 * for its facts: {@code agentReplies} and {@code customerFollowUps} count public messages after
 * the opening request; {@code reopens} counts moves from solved back to open; the breach times are
 * the first breach of each target.
 */
record SourceRow(long ticketId, long customerId, Long organizationId, long groupId, Long assigneeId, Long categoryId,
        String channel, int priority, String status, Instant createdAt, Instant firstResponseAt, Instant solvedAt,
        int agentReplies, int customerFollowUps, int reopens, Long policyId, Integer firstResponseMinutes,
        Integer nextResponseMinutes, Integer resolutionMinutes, Instant firstResponseBreach, Instant nextResponseBreach,
        Instant resolutionBreach) {
}
