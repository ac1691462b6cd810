package dev.atende.sla;

import java.time.Instant;

/** A ticket missed a target; {@code dueAt} is when it happened, even when noticed later (after a downtime). */
public record SlaBreached(long ticketId, Long policyId, SlaTarget target, Instant dueAt) {
}
