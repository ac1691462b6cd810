package dev.atende.reporting;

/**
 * The queue now: tickets open (new, open, pending, on hold), those without an assignee, those
 * whose next SLA deadline falls within the next hour, and those already past it.
 */
public record QueueHealth(long open, long unassigned, long breachingSoon, long overdue) {
}
