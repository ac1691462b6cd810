package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.NewTicket;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketFilter;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.web.TicketJson.HistoryView;
import dev.atende.ticket.web.TicketJson.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@Tag(name = "Tickets")
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApi {

    private final TicketManagement tickets;
    private final TicketViews views;

    TicketApi(TicketManagement tickets, TicketViews views) {
        this.tickets = tickets;
        this.views = views;
    }

    @Operation(summary = "Open a ticket with its first article",
            description = "Body: {subject, body, contentType?, customer?: {email, name}, priority?, group?, category?,"
                    + " tags?, channel?}. Customers open tickets for themselves and may not set customer, group,"
                    + " priority or tags. Agents may name a customer (created when unknown).")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TicketView> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TicketDocs.NewTicketBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var subject = in.string("subject", Integer.MAX_VALUE, true);
        var text = in.string("body", Integer.MAX_VALUE, true);
        var contentType = in.string("contentType", 64, true);
        var priority = in.string("priority", 64, true);
        var channel = in.string("channel", 64, true);
        var group = in.id("group");
        var category = in.id("category");
        var tags = in.strings("tags", 1000, 1000);
        String customerEmail = null;
        String customerName = null;
        in.accept("customer");
        JsonNode customer = body.get("customer");
        if (customer != null && !customer.isNull()) {
            var c = new PatchReader(customer, "customer");
            customerEmail = c.string("email", 1000, true).value();
            customerName = c.string("name", 200, true).value();
            c.done();
        }
        in.done();
        Ticket ticket = tickets.create(actor, new NewTicket(subject.value(), text.value(), contentType.value(),
                customerEmail, customerName, priority.value(), group.value(), category.value(), tags.value(),
                channel.value(), List.of()));
        return created(ticket, actor);
    }

    @Operation(summary = "Open a ticket with files (multipart/form-data)",
            description = "Fields as in the JSON form, plus any number of `files` parts; tags comma-separated.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TicketView> createWithFiles(Actor actor, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(required = false) String contentType,
            @RequestParam(name = "customer.email", required = false) String customerEmail,
            @RequestParam(name = "customer.name", required = false) String customerName,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Long group,
            @RequestParam(required = false) Long category, @RequestParam(required = false) String tags,
            @RequestParam(required = false) String channel,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        List<String> tagList = tags == null || tags.isBlank() ? null : List.of(tags.split("\\s*,\\s*"));
        Ticket ticket = tickets.create(actor, new NewTicket(subject, body, contentType, customerEmail, customerName,
                priority, group, category, tagList, channel, Uploads.of(files)));
        return created(ticket, actor);
    }

    @Operation(summary = "List the tickets the caller may see",
            description = "status: one or more codes, comma-separated; assignee: a user id, `me` or `none`;"
                    + " sort: number, subject, status, priority, createdAt, updatedAt, due (the next SLA deadline), `-` for descending"
                    + " (default -updatedAt); q: words in the subject or a ticket number.")
    @GetMapping
    PageResult<TicketView> list(Actor actor, @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Long group,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) Long customer,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var filter = filter(status, priority, group, assignee, customer, q, sort);
        PageResult<Ticket> result = tickets.list(actor, filter, PageRequest.of(page, size));
        return new PageResult<>(views.of(result.items(), actor), result.page(), result.size(), result.total());
    }

    @Operation(summary = "One ticket; its version is the ETag")
    @GetMapping("/{id}")
    ResponseEntity<TicketView> get(Actor actor, @PathVariable long id) {
        Ticket ticket = tickets.get(actor, id);
        return ResponseEntity.ok().eTag(etag(ticket)).body(views.of(ticket, actor));
    }

    @Operation(summary = "Change status, priority, group, assignee, category, tags or subject",
            description = "Send the ETag you read in If-Match: a ticket changed since answers 412. Customers may"
                    + " only mark their own ticket solved or reopen a solved one.")
    @PatchMapping("/{id}")
    ResponseEntity<TicketView> update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TicketDocs.TicketPatchBody.class)))
            @RequestBody JsonNode body,
            @Parameter(description = "the ticket's ETag, e.g. \"3\"") @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        var in = new PatchReader(body);
        var changes = new TicketChanges(in.code("status", TicketStatus::fromCode), in.code("priority", Priority::fromCode),
                in.id("group"), in.id("assignee"), in.id("category"), in.strings("tags", 1000, 1000),
                in.string("subject", Integer.MAX_VALUE, false));
        in.done();
        Ticket ticket = tickets.update(actor, id, ETags.version(ifMatch), changes);
        return ResponseEntity.ok().eTag(etag(ticket)).body(views.of(ticket, actor));
    }

    @Operation(summary = "Every change to the ticket: who, when, field, from, to (agents and admins)")
    @GetMapping("/{id}/history")
    List<HistoryView> history(Actor actor, @PathVariable long id) {
        return views.history(tickets.history(actor, id));
    }

    private ResponseEntity<TicketView> created(Ticket ticket, Actor actor) {
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id())).eTag(etag(ticket))
                .body(views.of(ticket, actor));
    }

    static String etag(Ticket ticket) {
        return "\"" + ticket.version() + "\"";
    }

    private static TicketFilter filter(String status, String priority, Long group, String assignee, Long customer,
            String q, String sort) {
        var problems = new InvalidInputException.Collector();
        List<TicketStatus> statuses = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String code : status.split(",")) {
                TicketStatus s = TicketStatus.fromCode(code.strip());
                if (s == null) {
                    problems.add("status", "error.field.unknownValue", code.strip());
                } else {
                    statuses.add(s);
                }
            }
        }
        Priority p = priority == null || priority.isBlank() ? null : Priority.fromCode(priority.strip());
        if (p == null && priority != null && !priority.isBlank()) {
            problems.add("priority", "error.field.unknownValue", priority);
        }
        if (assignee != null && !assignee.matches("me|none|\\d{1,18}")) {
            problems.add("assignee", "error.ticket.assigneeFilter");
        }
        if (q != null && q.length() > 500) {
            problems.add("q", "error.field.tooLong", 500);
        }
        problems.throwIfAny();
        return new TicketFilter(statuses, p, group, assignee, customer, q, sort);
    }
}
