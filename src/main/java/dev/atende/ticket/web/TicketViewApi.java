package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.PageRequest;
import dev.atende.ticket.TicketView;
import dev.atende.ticket.TicketViewInput;
import dev.atende.ticket.TicketViewManagement;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Saved views")
@RestController
@RequestMapping("/api/v1/views")
class TicketViewApi {

    private static final TicketViewInput EMPTY = new TicketViewInput(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    private final TicketViewManagement views;
    private final TicketViews tickets;
    private final Directory directory;

    TicketViewApi(TicketViewManagement views, TicketViews tickets, Directory directory) {
        this.views = views;
        this.tickets = tickets;
        this.directory = directory;
    }

    @Operation(summary = "The saved views the caller may run (agents and admins)",
            description = "Their own, those shared with everyone or with one of their groups; admins also every"
                    + " shared view.")
    @GetMapping
    List<ViewJson.ViewView> list(Actor actor) {
        return views.list(actor).stream().map(v -> json(actor, v)).toList();
    }

    @Operation(summary = "Save a view", description = "At most 50 views per person. Only admins share views.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ViewJson.ViewView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ViewJson.ViewBody.class)))
            @RequestBody JsonNode body) {
        TicketView view = views.create(actor, ViewRequests.read(body).apply(EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/views/" + view.id())).body(json(actor, view));
    }

    @Operation(summary = "One saved view; 404 when the caller may not run it")
    @GetMapping("/{id}")
    ViewJson.ViewView get(Actor actor, @PathVariable long id) {
        return json(actor, views.get(actor, id));
    }

    @Operation(summary = "Change a saved view", description = "Owners change their personal views, admins shared ones;"
            + " only the fields present change.")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ViewJson.ViewView update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ViewJson.ViewBody.class)))
            @RequestBody JsonNode body) {
        return json(actor, views.update(actor, id, ViewRequests.read(body)));
    }

    @Operation(summary = "Delete a saved view (owners their personal ones, admins shared ones)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        views.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A page of the view's tickets, of those the caller may see",
            description = "Not counted (hasNext says whether another page follows), so a view stays quick over"
                    + " millions of tickets. sort replaces the view's own, from the same list.")
    @GetMapping("/{id}/tickets")
    ViewJson.Window<TicketJson.TicketView> tickets(Actor actor, @PathVariable long id,
            @Parameter(description = "-updatedAt, updatedAt, -createdAt, createdAt, due, -due, -priority, priority,"
                    + " -number, number") @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var window = views.tickets(actor, id, sort, PageRequest.of(page, size));
        return new ViewJson.Window<>(tickets.of(window.items(), actor), window.page(), window.size(), window.hasNext());
    }

    private ViewJson.ViewView json(Actor actor, TicketView view) {
        var owner = directory.users(List.of(view.ownerId())).get(view.ownerId());
        return ViewJson.ViewView.of(view, owner, TicketViewManagement.canEdit(actor, view));
    }
}
