package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketLinks;
import dev.atende.ticket.TicketMerge;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.web.TicketJson.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Links between tickets, and merging one ticket into another (agents and admins). */
@Tag(name = "Tickets")
@RestController
@RequestMapping("/api/v1/tickets/{id}")
class TicketLinkApi {

    private final TicketLinks links;
    private final TicketMerge merge;
    private final TicketViews views;

    TicketLinkApi(TicketLinks links, TicketMerge merge, TicketViews views) {
        this.links = links;
        this.merge = merge;
        this.views = views;
    }

    /** A linked ticket as the API shows it. */
    record LinkView(long id, @Schema(allowableValues = {"related", "duplicate_of", "duplicated_by", "child_of",
            "parent_of"}, description = "the relation read from this ticket: this ticket is <type> the other") String type,
            LinkedTicket ticket) {
    }

    record LinkedTicket(long id, String number, String subject, TicketStatus status) {
    }

    record LinksView(List<LinkView> items,
            @Schema(description = "links to tickets the caller may not see: counted, never shown") int hidden) {
    }

    @Operation(summary = "The ticket's links (agents and admins)",
            description = "Only links to tickets the caller may see are listed; the others are counted in `hidden`.")
    @GetMapping("/links")
    LinksView list(Actor actor, @PathVariable long id) {
        var of = links.of(actor, id);
        return new LinksView(of.visible().stream().map(TicketLinkApi::view).toList(), of.hidden());
    }

    @Operation(summary = "Link the ticket to another (agents and admins)",
            description = "Body: {ticket: id, type: related | duplicate_of | duplicated_by | child_of | parent_of},"
                    + " read as \"this ticket is <type> the other\". One link per pair of tickets: a second one is 422."
                    + " Unknown or hidden other ticket, the ticket itself, a missing or unknown type: 422 with the field.")
    @PostMapping("/links")
    ResponseEntity<LinkView> add(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TicketDocs.NewLinkBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var other = in.id("ticket");
        var type = in.string("type", 32, false);
        in.done();
        var linked = links.add(actor, id, other.value(), type.value());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/links/" + linked.linkId()))
                .body(view(linked));
    }

    @Operation(summary = "Remove a link (agents and admins); 204",
            description = "A link that is not this ticket's, or leads to a ticket the caller may not see: 404.")
    @DeleteMapping("/links/{linkId}")
    ResponseEntity<Void> remove(Actor actor, @PathVariable long id, @PathVariable long linkId) {
        links.remove(actor, id, linkId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Merge this ticket into another (agents and admins); answers the target",
            description = "Body: {into: id}. This ticket's articles are copied to the target, marked with this"
                    + " ticket's number (as internal notes when the customers differ); this ticket is closed, tagged"
                    + " `merged` and shows `mergedInto`; e-mail replies to it land on the target. Send this ticket's"
                    + " ETag in If-Match to refuse a stale merge (412). A target the caller may not see: 404;"
                    + " into itself, into a merged or closed ticket, or merging a closed ticket: 422.")
    @PostMapping("/merge")
    ResponseEntity<TicketView> merge(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TicketDocs.MergeBody.class)))
            @RequestBody JsonNode body,
            @Parameter(description = "this ticket's ETag, e.g. \"3\"") @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        var in = new PatchReader(body);
        var into = in.id("into");
        in.done();
        Ticket target = merge.merge(actor, id, into.value(), ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(TicketApi.etag(target)).body(views.of(target, actor));
    }

    private static LinkView view(TicketLinks.Linked linked) {
        Ticket t = linked.ticket();
        return new LinkView(linked.linkId(), linked.kind().code(),
                new LinkedTicket(t.id(), Long.toString(t.number()), t.subject(), t.status()));
    }
}
