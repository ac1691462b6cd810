package dev.atende.sla.web;

import dev.atende.identity.Actor;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaPolicyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "SLA")
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyApi {

    private final SlaPolicyManagement policies;

    SlaPolicyApi(SlaPolicyManagement policies) {
        this.policies = policies;
    }

    @Operation(summary = "SLA policies in the order they are matched (agents read, admins change)")
    @GetMapping
    List<SlaJson.PolicyJson> list(Actor actor) {
        return policies.list(actor).stream().map(SlaJson::of).toList();
    }

    @Operation(summary = "One SLA policy")
    @GetMapping("/{id}")
    SlaJson.PolicyJson get(Actor actor, @PathVariable long id) {
        return SlaJson.of(policies.get(actor, id));
    }

    @Operation(summary = "Add a policy (admins); it applies to tickets created or changed from now on")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SlaJson.PolicyJson> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SlaJson.PolicyJson.class)))
            @RequestBody JsonNode body) {
        SlaPolicy created = policies.create(actor, SlaRequests.policy(body));
        return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id())).body(SlaJson.of(created));
    }

    @Operation(summary = "Change a policy (admins); new targets, pauses or calendar recompute its open tickets")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SlaJson.PolicyJson update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SlaJson.PolicyJson.class)))
            @RequestBody JsonNode body) {
        return SlaJson.of(policies.update(actor, id, null, SlaRequests.policy(body)));
    }

    @Operation(summary = "Remove a policy (admins)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        policies.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
