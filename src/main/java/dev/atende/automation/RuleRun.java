package dev.atende.automation;

import java.time.Instant;

/**
 * One run of a rule on a ticket: {@code outcome} "applied", "failed" (with the reason in
 * {@code detail}, the other rules went on) or "stopped" (a chain of triggers hit its depth).
 */
public record RuleRun(long id, Long ticketId, Instant ranAt, String outcome, String detail) {
}
