package dev.atende.channel.email.web;

import dev.atende.channel.email.ConnectionCheck;
import dev.atende.channel.email.Mailbox;
import dev.atende.channel.email.MailboxManagement;
import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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

@Tag(name = "E-mail")
@RestController
@RequestMapping("/api/v1/channels/email/mailboxes")
class MailboxApi {

    private final MailboxManagement mailboxes;
    private final Directory directory;
    private final MessageSource messages;

    MailboxApi(MailboxManagement mailboxes, Directory directory, MessageSource messages) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.messages = messages;
    }

    @Schema(name = "MailboxTest")
    record CheckJson(boolean ok,
            @Schema(allowableValues = {"dns", "connect", "tls", "login", "folder", "read"},
                    description = "the step that failed; null when ok") String stage,
            @Schema(description = "what happened, in the caller's language") String message) {
    }

    @Operation(summary = "The mailboxes (admins)")
    @GetMapping
    List<MailboxJson> list(Actor actor) {
        List<Mailbox> all = mailboxes.list(actor);
        Map<Long, GroupRef> groups = directory.groups(all.stream().map(Mailbox::groupId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return all.stream().map(m -> MailboxJson.of(m, m.groupId() == null ? null : groups.get(m.groupId()))).toList();
    }

    @Operation(summary = "One mailbox (admins)")
    @GetMapping("/{id}")
    MailboxJson get(Actor actor, @PathVariable long id) {
        return json(mailboxes.get(actor, id));
    }

    @Operation(summary = "Add a mailbox (admins); an active one is polled at once")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MailboxJson> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MailboxRequests.Body.class)))
            @RequestBody JsonNode body) {
        Mailbox created = mailboxes.create(actor, MailboxRequests.read(body));
        return ResponseEntity.created(URI.create("/api/v1/channels/email/mailboxes/" + created.id())).body(json(created));
    }

    @Operation(summary = "Change a mailbox (admins): only the fields present change; the new settings are polled at once")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    MailboxJson update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MailboxRequests.Body.class)))
            @RequestBody JsonNode body) {
        return json(mailboxes.update(actor, id, MailboxRequests.read(body)));
    }

    @Operation(summary = "Remove a mailbox (admins); the mails received through it stay stored")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        mailboxes.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Try the saved settings: name lookup, connection, TLS, sign-in, folder",
            description = "Answers 200 either way: {\"ok\": true, \"message\"} or {\"ok\": false, \"stage\", \"message\"}")
    @PostMapping("/{id}/test")
    CheckJson test(Actor actor, @PathVariable long id, Locale locale) {
        ConnectionCheck check = mailboxes.test(actor, id);
        return new CheckJson(check.ok(), check.stage() == null ? null : check.stage().code(),
                messages.getMessage(check.messageCode(), check.args().toArray(), check.messageCode(), locale));
    }

    private MailboxJson json(Mailbox mailbox) {
        GroupRef group = mailbox.groupId() == null ? null : directory.groups(List.of(mailbox.groupId()))
                .get(mailbox.groupId());
        return MailboxJson.of(mailbox, group);
    }
}
