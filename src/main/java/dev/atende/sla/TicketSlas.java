package dev.atende.sla;

import dev.atende.sla.internal.SlaPolicies;
import dev.atende.sla.internal.TicketSla;
import dev.atende.sla.internal.TicketSlaRecords;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets' SLAs for views. A plain lookup by ticket id: the caller shows it beside a ticket it
 * already checked the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class TicketSlas {

    private final TicketSlaRecords records;
    private final SlaPolicies policies;

    TicketSlas(TicketSlaRecords records, SlaPolicies policies) {
        this.records = records;
        this.policies = policies;
    }

    public Optional<TicketSlaView> forTicket(long ticketId) {
        return Optional.ofNullable(forTickets(java.util.List.of(ticketId)).get(ticketId));
    }

    /** Only tickets under a policy have an SLA. */
    public Map<Long, TicketSlaView> forTickets(Collection<Long> ticketIds) {
        Map<Long, TicketSlaView> views = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return views;
        }
        Map<Long, String> names = new HashMap<>();
        for (TicketSla sla : records.findByTicketIdIn(ticketIds)) {
            if (sla.policyId() == null) {
                continue;
            }
            String name = names.computeIfAbsent(sla.policyId(),
                    id -> policies.findById(id).map(SlaPolicy::name).orElse(null));
            views.put(sla.ticketId(), new TicketSlaView(sla.policyId(), name, sla.firstResponseDueAt(),
                    sla.nextResponseDueAt(), sla.resolutionDueAt(), sla.resolvedAt() == null ? sla.nextDueAt() : null,
                    sla.isPaused(), sla.breachedTargets()));
        }
        return views;
    }
}
