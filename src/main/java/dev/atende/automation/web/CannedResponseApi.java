package dev.atende.automation.web;

import dev.atende.automation.CannedResponse;
import dev.atende.automation.CannedResponseManagement;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Automation")
@RestController
class CannedResponseApi {

    private final CannedResponseManagement responses;

    CannedResponseApi(CannedResponseManagement responses) {
        this.responses = responses;
    }

    @Operation(summary = "Canned responses by name (agents and admins), at most 200",
            description = "q: words in the name or text (case aside); locale: pt-BR or en, which also brings those "
                    + "for every language")
    @GetMapping("/api/v1/canned-responses")
    List<AutomationJson.CannedView> list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String locale) {
        return responses.search(actor, q, locale).stream().map(AutomationJson::canned).toList();
    }

    @Operation(summary = "One canned response, as written (agents and admins)")
    @GetMapping("/api/v1/canned-responses/{id}")
    AutomationJson.CannedView get(Actor actor, @PathVariable long id) {
        return AutomationJson.canned(responses.get(actor, id));
    }

    @Operation(summary = "A canned response with its placeholders filled in for a ticket the caller may see",
            description = "The body is plain text: values are inserted as they are (never read as placeholders "
                    + "again); escape it where it goes into HTML.")
    @GetMapping("/api/v1/tickets/{ticketId}/canned-responses/{id}")
    AutomationJson.CannedView render(Actor actor, @PathVariable long ticketId, @PathVariable long id) {
        var rendered = responses.render(actor, ticketId, id);
        return new AutomationJson.CannedView(rendered.id(), rendered.name(), rendered.body(), rendered.locale());
    }

    @Operation(summary = "Add a canned response (admins)")
    @PostMapping(path = "/api/v1/canned-responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AutomationJson.CannedView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.CannedBody.class)))
            @RequestBody JsonNode body) {
        CannedResponse created = responses.create(actor, RuleRequests.canned(body));
        return ResponseEntity.created(URI.create("/api/v1/canned-responses/" + created.id()))
                .body(AutomationJson.canned(created));
    }

    @Operation(summary = "Change a canned response (admins): only the fields present change")
    @PatchMapping(path = "/api/v1/canned-responses/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AutomationJson.CannedView update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.CannedBody.class)))
            @RequestBody JsonNode body) {
        return AutomationJson.canned(responses.update(actor, id, RuleRequests.canned(body)));
    }

    @Operation(summary = "Remove a canned response (admins)")
    @DeleteMapping("/api/v1/canned-responses/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        responses.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
