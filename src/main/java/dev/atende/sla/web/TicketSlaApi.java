package dev.atende.sla.web;

import dev.atende.identity.Actor;
import dev.atende.sla.TicketSlaView;
import dev.atende.sla.TicketSlas;
import dev.atende.ticket.TicketManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "SLA")
@RestController
class TicketSlaApi {

    private final TicketManagement tickets;
    private final TicketSlas slas;

    TicketSlaApi(TicketManagement tickets, TicketSlas slas) {
        this.tickets = tickets;
        this.slas = slas;
    }

    @Operation(summary = "A ticket's SLA: policy, due time of each target, breaches (agents and admins)",
            description = "204 when no policy covers the ticket. Due times are null for targets without a promise, "
                    + "and while the clock is paused (the ticket waits on the customer).")
    @GetMapping("/api/v1/tickets/{id}/sla")
    ResponseEntity<TicketSlaView> get(Actor actor, @PathVariable long id) {
        tickets.get(actor, id); // 404 for tickets the caller may not see
        if (!actor.isStaff()) {
            throw new dev.atende.shared.ForbiddenException("error.forbidden");
        }
        return slas.forTicket(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
