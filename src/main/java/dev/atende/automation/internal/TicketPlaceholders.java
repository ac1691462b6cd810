package dev.atende.automation.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.Group;
import dev.atende.identity.Organization;
import dev.atende.identity.User;
import dev.atende.ticket.Ticket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The values of the placeholders for one ticket; {@code agent} is who writes (or the assignee). */
@Component
public class TicketPlaceholders {

    private final Directory directory;

    TicketPlaceholders(Directory directory) {
        this.directory = directory;
    }

    public Map<String, String> of(Ticket ticket, Long agentId) {
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", Long.toString(ticket.number()));
        values.put("ticket.subject", ticket.subject());
        values.put("ticket.status", ticket.status().code());
        values.put("ticket.priority", ticket.priority().code());
        directory.group(ticket.groupId()).map(Group::name).ifPresent(n -> values.put("ticket.group", n));
        directory.user(ticket.customerId()).ifPresent(c -> {
            values.put("customer.name", c.name());
            values.put("customer.email", c.email());
        });
        if (ticket.organizationId() != null) {
            directory.organization(ticket.organizationId()).map(Organization::name)
                    .ifPresent(n -> values.put("organization.name", n));
        }
        Long agent = agentId != null ? agentId : ticket.assigneeId();
        if (agent != null) {
            directory.user(agent).ifPresent((User a) -> {
                values.put("agent.name", a.name());
                values.put("agent.email", a.email());
            });
        }
        return values;
    }
}
