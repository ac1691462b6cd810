package dev.atende.reporting.internal;

import dev.atende.reporting.internal.FactRow.Outcome;
import dev.atende.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns what the sources say about a ticket into its facts. Times are whole seconds from the
 * ticket's creation. Business time counts only the business hours of the calendar of the ticket's
 * SLA policy; a ticket without a policy has no business calendar, so its business time is its
 * calendar time. SLA outcomes: a target with a breach is missed (at its first breach); a promised
 * target reached without a breach is met (first response: at the first answer; next response and
 * resolution: when solved, the next response only when the customer wrote again after opening).
 */
final class FactCalculator {

    private FactCalculator() {
    }

    static FactRow facts(SourceRow row, BusinessCalendar calendar) {
        Long frt = seconds(row.createdAt(), row.firstResponseAt());
        Long res = seconds(row.createdAt(), row.solvedAt());
        return new FactRow(row.ticketId(), row.customerId(), row.organizationId(), row.groupId(), row.assigneeId(),
                row.categoryId(), row.channel(), row.priority(), row.status(), row.createdAt(), row.firstResponseAt(),
                frt, business(calendar, row.createdAt(), row.firstResponseAt(), frt), row.solvedAt(), res,
                business(calendar, row.createdAt(), row.solvedAt(), res), row.agentReplies(), row.reopens(),
                row.policyId(),
                outcome(row.firstResponseBreach(), row.firstResponseMinutes() != null, row.firstResponseAt()),
                outcome(row.nextResponseBreach(), row.nextResponseMinutes() != null && row.customerFollowUps() > 0,
                        row.solvedAt()),
                outcome(row.resolutionBreach(), row.resolutionMinutes() != null, row.solvedAt()));
    }

    static Outcome outcome(Instant firstBreach, boolean promised, Instant reachedAt) {
        if (firstBreach != null) {
            return Outcome.missed(firstBreach);
        }
        return promised && reachedAt != null ? Outcome.met(reachedAt) : Outcome.NONE;
    }

    private static Long seconds(Instant from, Instant to) {
        return to == null ? null : Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Long business(BusinessCalendar calendar, Instant from, Instant to, Long calendarSeconds) {
        if (to == null) {
            return null;
        }
        return calendar == null ? calendarSeconds : calendar.between(from, to).toSeconds();
    }
}
