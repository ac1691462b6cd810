package dev.atende.automation.web;

import dev.atende.automation.Trigger;
import dev.atende.automation.TriggerManagement;
import dev.atende.identity.Actor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Automation")
@RestController
@RequestMapping("/api/v1/triggers")
class TriggerApi {

    private final TriggerManagement triggers;
    private final AutomationJson json;

    TriggerApi(TriggerManagement triggers, AutomationJson json) {
        this.triggers = triggers;
        this.json = json;
    }

    @Operation(summary = "The triggers, in the order they run (admins)")
    @GetMapping
    List<AutomationJson.TriggerView> list(Actor actor) {
        return triggers.list(actor).stream().map(this::view).toList();
    }

    @Operation(summary = "One trigger (admins)")
    @GetMapping("/{id}")
    AutomationJson.TriggerView get(Actor actor, @PathVariable long id) {
        return view(triggers.get(actor, id));
    }

    @Operation(summary = "What the trigger did lately: the tickets it acted on, newest first (admins; the last 50 kept)")
    @GetMapping("/{id}/runs")
    List<AutomationJson.RunView> runs(Actor actor, @PathVariable long id,
            @RequestParam(defaultValue = "50") int size) {
        return AutomationJson.runs(triggers.runs(actor, id, Math.max(1, size)));
    }

    @Operation(summary = "Add a trigger (admins)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AutomationJson.TriggerView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.TriggerBody.class)))
            @RequestBody JsonNode body) {
        Trigger created = triggers.create(actor, RuleRequests.rule(body));
        return ResponseEntity.created(URI.create("/api/v1/triggers/" + created.id())).body(view(created));
    }

    @Operation(summary = "Change a trigger (admins): only the fields present change")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AutomationJson.TriggerView update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.TriggerBody.class)))
            @RequestBody JsonNode body) {
        return view(triggers.update(actor, id, RuleRequests.rule(body)));
    }

    @Operation(summary = "Remove a trigger (admins)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        triggers.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private AutomationJson.TriggerView view(Trigger t) {
        return json.trigger(t, triggers.lastRun(t.id()).orElse(null));
    }
}
