package dev.atende.reporting.internal;

import java.time.Instant;

/** One row of {@code ticket_facts} as computed from a {@link SourceRow} (ratings are kept apart). */
record FactRow(long ticketId, long customerId, Long organizationId, long groupId, Long assigneeId, Long categoryId,
        String channel, int priority, String status, Instant createdAt, Instant firstResponseAt,
        Long firstResponseSeconds, Long firstResponseBusinessSeconds, Instant solvedAt, Long resolutionSeconds,
        Long resolutionBusinessSeconds, int agentReplies, int reopens, Long policyId, Outcome firstResponse,
        Outcome nextResponse, Outcome resolution) {

    /** An SLA target's outcome: {@code met} or {@code missed}, and when that was decided. */
    record Outcome(String result, Instant at) {

        static final Outcome NONE = new Outcome(null, null);

        static Outcome met(Instant at) {
            return new Outcome("met", at);
        }

        static Outcome missed(Instant at) {
            return new Outcome("missed", at);
        }
    }
}
