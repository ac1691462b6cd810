package dev.atende.sla.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaPolicy;
import dev.atende.ticket.Ticket;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The policy that covers a ticket, and the calendar a policy counts in. */
@Component
class SlaRules {

    private final SlaPolicies policies;
    private final SlaCalendars calendars;

    SlaRules(SlaPolicies policies, SlaCalendars calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    /** The first active policy, by order, whose conditions the ticket meets. */
    Optional<SlaPolicy> match(Ticket ticket) {
        return policies.findByActiveTrueOrderByPositionAscIdAsc().stream()
                .filter(p -> p.conditions().matches(ticket)).findFirst();
    }

    Optional<SlaPolicy> policy(Long id) {
        return id == null ? Optional.empty() : policies.findById(id);
    }

    BusinessCalendar calendar(SlaPolicy policy) {
        return calendars.findById(policy.calendarId()).orElseThrow().calendar();
    }
}
