package dev.atende.sla;

import java.time.Instant;
import java.util.List;

/** A ticket's SLA as shown: its policy, the due time of each target, what was missed. */
public record TicketSlaView(Long policyId, String policyName, Instant firstResponseDueAt, Instant nextResponseDueAt,
        Instant resolutionDueAt, Instant nextDueAt, boolean paused, List<SlaTarget> breached) {

    public TicketSlaView {
        breached = List.copyOf(breached);
    }
}
