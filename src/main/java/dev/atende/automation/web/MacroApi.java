package dev.atende.automation.web;

import dev.atende.automation.Macro;
import dev.atende.automation.MacroManagement;
import dev.atende.identity.Actor;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Ticket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Automation")
@RestController
class MacroApi {

    private final MacroManagement macros;
    private final AutomationJson json;
    private final dev.atende.automation.MacroBulk bulk;
    private final org.springframework.context.MessageSource messages;

    MacroApi(MacroManagement macros, AutomationJson json, dev.atende.automation.MacroBulk bulk,
            org.springframework.context.MessageSource messages) {
        this.macros = macros;
        this.json = json;
        this.bulk = bulk;
        this.messages = messages;
    }

    @Operation(summary = "The macros (agents: the active ones; admins: all)")
    @GetMapping("/api/v1/macros")
    List<AutomationJson.MacroView> list(Actor actor) {
        return macros.list(actor).stream().map(this::view).toList();
    }

    @Operation(summary = "One macro (agents: an active one)")
    @GetMapping("/api/v1/macros/{id}")
    AutomationJson.MacroView get(Actor actor, @PathVariable long id) {
        return view(macros.get(actor, id));
    }

    @Operation(summary = "The tickets the macro was applied to lately, newest first (admins)")
    @GetMapping("/api/v1/macros/{id}/runs")
    List<AutomationJson.RunView> runs(Actor actor, @PathVariable long id,
            @RequestParam(defaultValue = "50") int size) {
        return AutomationJson.runs(macros.runs(actor, id, Math.max(1, size)));
    }

    @Operation(summary = "Add a macro (admins)")
    @PostMapping(path = "/api/v1/macros", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AutomationJson.MacroView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.MacroBody.class)))
            @RequestBody JsonNode body) {
        Macro created = macros.create(actor, RuleRequests.rule(body));
        return ResponseEntity.created(URI.create("/api/v1/macros/" + created.id())).body(view(created));
    }

    @Operation(summary = "Change a macro (admins): only the fields present change")
    @PatchMapping(path = "/api/v1/macros/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AutomationJson.MacroView update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RuleRequests.MacroBody.class)))
            @RequestBody JsonNode body) {
        return view(macros.update(actor, id, RuleRequests.rule(body)));
    }

    @Operation(summary = "Remove a macro (admins)")
    @DeleteMapping("/api/v1/macros/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        macros.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Apply a macro to a ticket, as the caller (agents and admins)",
            description = "Every action runs with the caller's rights, all or nothing; answers the changed ticket "
                    + "with its new ETag. With If-Match, a ticket changed since answers 412.")
    @PostMapping("/api/v1/tickets/{id}/macros/{macroId}")
    ResponseEntity<AutomationJson.TicketView> apply(Actor actor, @PathVariable long id, @PathVariable long macroId,
            @Parameter(description = "the ticket's ETag, e.g. \"3\"") @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        Ticket ticket = macros.apply(actor, id, macroId, version(ifMatch), Channel.API);
        return ResponseEntity.ok().eTag("\"" + ticket.version() + "\"").body(json.ticket(ticket));
    }

    @Operation(summary = "Apply a macro to up to 100 tickets, as the caller (agents and admins)",
            description = "Body: {\"ids\": [1, 2]}. Each ticket takes the whole macro or none of it, on its own:"
                    + " the answer says for each id whether it was updated or skipped, and why (notFound: the caller"
                    + " may not see it; closed; or the field that refused). Empty ids or more than 100: 422; an"
                    + " unknown or inactive macro: 404.")
    @PostMapping(path = "/api/v1/tickets/bulk/macros/{macroId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AutomationJson.BulkView applyToMany(Actor actor, @PathVariable long macroId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AutomationJson.BulkIdsBody.class)))
            @RequestBody JsonNode body, java.util.Locale locale) {
        var in = new dev.atende.shared.PatchReader(body);
        var ids = in.ids("ids", Integer.MAX_VALUE);
        in.done();
        return AutomationJson.BulkView.of(bulk.apply(actor, ids.value(), macroId, Channel.API), messages, locale);
    }

    private AutomationJson.MacroView view(Macro m) {
        return json.macro(m, macros.lastRun(m.id()).orElse(null));
    }

    /** The version in If-Match ({@code "3"}, {@code W/"3"}, {@code 3}); null for none or {@code *}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        tag = (tag.startsWith("W/") ? tag.substring(2) : tag).replace("\"", "");
        if (!tag.matches("\\d{1,18}")) {
            throw new PreconditionFailedException("error.ticket.stale", ifMatch);
        }
        return Long.parseLong(tag);
    }
}
