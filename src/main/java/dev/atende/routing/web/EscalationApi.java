package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.routing.Escalation;
import dev.atende.routing.web.RoutingJson.EscalatedJson;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.Ticket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Routing")
@RestController
class EscalationApi {

    private final Escalation escalation;
    private final Directory directory;

    EscalationApi(Escalation escalation, Directory directory) {
        this.escalation = escalation;
        this.directory = directory;
    }

    @Operation(summary = "Escalate to a higher level, with a reason (agents and admins who see the ticket)",
            description = "toGroup: a group of a higher level; default the group's escalatesTo. The ticket loses its"
                    + " assignee and is assigned by the new group's strategy.")
    @PostMapping("/api/v1/tickets/{id}/escalate")
    EscalatedJson escalate(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.EscalationBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var toGroup = in.id("toGroup");
        var reason = in.string("reason", Integer.MAX_VALUE, true);
        in.done();
        return json(escalation.escalate(actor, id, toGroup.value(), reason.value()));
    }

    @Operation(summary = "Hand back to a lower level, with a reason",
            description = "toGroup: a group of a lower level; default the highest group that escalates to this one")
    @PostMapping("/api/v1/tickets/{id}/deescalate")
    EscalatedJson deescalate(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.EscalationBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var toGroup = in.id("toGroup");
        var reason = in.string("reason", Integer.MAX_VALUE, true);
        in.done();
        return json(escalation.deescalate(actor, id, toGroup.value(), reason.value()));
    }

    private EscalatedJson json(Ticket t) {
        return new EscalatedJson(t.id(), Long.toString(t.number()), directory.group(t.groupId()).map(g -> g.ref())
                .orElse(null), t.assigneeId(), t.version());
    }
}
