package dev.atende.sla;

import java.time.Instant;

/** A ticket's target is close: {@code warnAt} is when its warning share of the target was used up. */
public record SlaWarning(long ticketId, Long policyId, SlaTarget target, Instant warnAt, Instant dueAt) {
}
