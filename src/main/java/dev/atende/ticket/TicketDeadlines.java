package dev.atende.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the SLA module knows of tickets' deadlines, for views: implemented there, asked here (the
 * ticket module cannot depend on the module that depends on it).
 */
public interface TicketDeadlines {

    /** Deadlines of the tickets that have an SLA; tickets without one are absent. */
    Map<Long, Deadlines> forTickets(Collection<Long> ticketIds);

    /**
     * A ticket's SLA: the policy's name, each target's due time (null without a promise or while
     * paused), the next deadline and when its warning falls, and the targets already missed.
     */
    record Deadlines(String policy, Instant firstResponseDueAt, Instant nextResponseDueAt, Instant resolutionDueAt,
            Instant nextDueAt, Instant warnAt, boolean paused, List<String> breached) {

        public Deadlines {
            breached = List.copyOf(breached);
        }

        /** For badges: "late" once missed or due, "soon" after the warning, else "ok"; null when nothing runs. */
        public String state(Instant now) {
            if (!breached.isEmpty() || (nextDueAt != null && !nextDueAt.isAfter(now))) {
                return "late";
            }
            if (nextDueAt == null) {
                return null;
            }
            return warnAt != null && !warnAt.isAfter(now) ? "soon" : "ok";
        }
    }
}
