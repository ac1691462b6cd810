package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.BulkChanges;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketBulkManagement;
import dev.atende.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Tickets")
@RestController
class TicketBulkApi {

    private final TicketBulkManagement bulk;
    private final MessageSource messages;

    TicketBulkApi(TicketBulkManagement bulk, MessageSource messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    @Operation(summary = "Change up to 100 tickets at once (agents and admins)",
            description = "Each ticket changes on its own, with the caller's rights and its history, as a single"
                    + " change would: the answer says for each id whether it was updated or skipped, and why"
                    + " (notFound: the caller may not see it; closed; or the field that refused the change)."
                    + " Empty ids, more than 100, or no change: 422.")
    @PostMapping(path = "/api/v1/tickets/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    ViewJson.BulkView apply(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ViewJson.BulkBody.class)))
            @RequestBody JsonNode body, Locale locale) {
        var in = new PatchReader(body);
        var ids = in.ids("ids", Integer.MAX_VALUE);
        in.accept("changes");
        JsonNode changesNode = body.get("changes");
        var changes = new PatchReader(changesNode == null ? tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode() : changesNode, "changes");
        var result = new BulkChanges(changes.code("status", TicketStatus::fromCode),
                changes.code("priority", Priority::fromCode), changes.id("assignee"),
                changes.strings("addTags", 50, 64).value(), changes.strings("removeTags", 50, 64).value());
        changes.done();
        in.done();
        return ViewJson.BulkView.of(bulk.apply(actor, ids.value(), result), messages, locale);
    }

    @Operation(summary = "Merge up to 100 tickets into one (agents and admins)",
            description = "Body {ids, into}: each ticket of ids (the target left out) is merged into the ticket"
                    + " with id into, on its own, as a single merge would (closed, its conversation copied, replies"
                    + " to it following); the answer says for each whether it was merged or skipped, and why. A target"
                    + " the caller may not see, or one closed or merged already: 422 on into.")
    @PostMapping(path = "/api/v1/tickets/bulk/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ViewJson.BulkView merge(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ViewJson.BulkMergeBody.class)))
            @RequestBody JsonNode body, Locale locale) {
        var in = new PatchReader(body);
        var ids = in.ids("ids", Integer.MAX_VALUE);
        var into = in.id("into");
        in.done();
        return ViewJson.BulkView.of(bulk.mergeInto(actor, ids.value(), into.present() ? into.value() : null), messages,
                locale);
    }
}
