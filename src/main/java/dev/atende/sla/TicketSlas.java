package dev.atende.sla;

import dev.atende.sla.internal.SlaCalendars;
import dev.atende.sla.internal.SlaPolicies;
import dev.atende.sla.internal.TicketSla;
import dev.atende.sla.internal.TicketSlaRecords;
import dev.atende.ticket.TicketDeadlines;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
public class TicketSlas implements TicketDeadlines {

    private final TicketSlaRecords records;
    private final SlaPolicies policies;
    private final SlaCalendars calendars;

    TicketSlas(TicketSlaRecords records, SlaPolicies policies, SlaCalendars calendars) {
        this.records = records;
        this.policies = policies;
        this.calendars = calendars;
    }

    /**
     * The business calendar a policy counts in, for measuring business time elsewhere (reports);
     * empty for a policy that no longer exists.
     */
    public Optional<BusinessCalendar> calendarOf(long policyId) {
        return policies.findById(policyId).flatMap(p -> calendars.findById(p.calendarId())).map(SlaCalendar::calendar);
    }

    public Optional<TicketSlaView> forTicket(long ticketId) {
        return Optional.ofNullable(views(java.util.List.of(ticketId)).get(ticketId));
    }

    /** For ticket views: the same, as the ticket module shows it. */
    @Override
    public Map<Long, Deadlines> forTickets(Collection<Long> ticketIds) {
        Map<Long, Deadlines> deadlines = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return deadlines;
        }
        List<TicketSla> slas = records.findByTicketIdIn(ticketIds);
        Map<Long, Instant> warnings = new HashMap<>();
        slas.forEach(sla -> warnings.put(sla.ticketId(), sla.nextWarnAt()));
        views(slas).forEach((id, view) -> deadlines.put(id, new Deadlines(view.policyName(),
                view.firstResponseDueAt(), view.nextResponseDueAt(), view.resolutionDueAt(), view.nextDueAt(),
                warnings.get(id), view.paused(), view.breached().stream().map(SlaTarget::code).toList())));
        return deadlines;
    }

    /** Only tickets under a policy have an SLA. */
    public Map<Long, TicketSlaView> views(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? new HashMap<>() : views(records.findByTicketIdIn(ticketIds));
    }

    private Map<Long, TicketSlaView> views(List<TicketSla> slas) {
        Map<Long, TicketSlaView> views = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (TicketSla sla : slas) {
            if (sla.policyId() == null) {
                continue;
            }
            String name = names.computeIfAbsent(sla.policyId(),
                    id -> policies.findById(id).map(SlaPolicy::name).orElse(null));
            views.put(sla.ticketId(), new TicketSlaView(sla.policyId(), name, sla.firstResponseDueAt(),
                    sla.nextResponseDueAt(), sla.resolutionDueAt(), sla.resolvedAt() == null ? sla.nextDueAt() : null,
                    sla.isPaused() && sla.resolvedAt() == null, sla.breachedTargets()));
        }
        return views;
    }
}
