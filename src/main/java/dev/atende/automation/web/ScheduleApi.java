package dev.atende.automation.web;

import dev.atende.automation.ScheduledRule;
import dev.atende.automation.ScheduledRuleManagement;
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
@RequestMapping("/api/v1/schedules")
class ScheduleApi {

    private final ScheduledRuleManagement rules;
    private final AutomationJson json;

    ScheduleApi(ScheduledRuleManagement rules, AutomationJson json) {
        this.rules = rules;
        this.json = json;
    }

    @Operation(summary = "The scheduled rules, in the order they run (admins)")
    @GetMapping
    List<AutomationJson.ScheduleView> list(Actor actor) {
        return rules.list(actor).stream().map(this::view).toList();
    }

    @Operation(summary = "One scheduled rule (admins)")
    @GetMapping("/{id}")
    AutomationJson.ScheduleView get(Actor actor, @PathVariable long id) {
        return view(rules.get(actor, id));
    }

    @Operation(summary = "What the rule did lately: the tickets it acted on, newest first (admins; the last 50 kept)")
    @GetMapping("/{id}/runs")
    List<AutomationJson.RunView> runs(Actor actor, @PathVariable long id,
            @RequestParam(defaultValue = "50") int size) {
        return AutomationJson.runs(rules.runs(actor, id, Math.max(1, size)));
    }

    @Operation(summary = "Add a scheduled rule (admins)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AutomationJson.ScheduleView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.ScheduleBody.class)))
            @RequestBody JsonNode body) {
        ScheduledRule created = rules.create(actor, RuleRequests.rule(body));
        return ResponseEntity.created(URI.create("/api/v1/schedules/" + created.id())).body(view(created));
    }

    @Operation(summary = "Change a scheduled rule (admins): only the fields present change")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AutomationJson.ScheduleView update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.ScheduleBody.class)))
            @RequestBody JsonNode body) {
        return view(rules.update(actor, id, RuleRequests.rule(body)));
    }

    @Operation(summary = "Remove a scheduled rule (admins)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        rules.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private AutomationJson.ScheduleView view(ScheduledRule t) {
        return json.schedule(t, rules.lastRun(t.id()).orElse(null));
    }
}
