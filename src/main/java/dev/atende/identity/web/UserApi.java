package dev.atende.identity.web;

import dev.atende.identity.AccountManagement;
import dev.atende.identity.Actor;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.Directory;
import dev.atende.identity.NewUser;
import dev.atende.identity.Role;
import dev.atende.identity.UserChanges;
import dev.atende.identity.UserManagement;
import dev.atende.identity.web.IdentityJson.UserJson;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import dev.atende.shared.Change;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "People")
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserManagement users;
    private final AccountManagement accounts;
    private final Directory directory;

    UserApi(UserManagement users, AccountManagement accounts, Directory directory) {
        this.users = users;
        this.accounts = accounts;
        this.directory = directory;
    }

    record InvitationJson(String email, Instant expiresAt) {
    }

    record NewUserRequest(@NotBlank @Size(max = 254) String email, @Size(max = 200) String name, String role,
            @Size(max = 200) String password, Long organization, List<Long> groups, String locale) {
    }

    @Operation(summary = "The caller")
    @GetMapping("/me")
    UserJson me(Actor actor) {
        return IdentityJson.of(users.get(actor, actor.id()), directory);
    }

    @Operation(summary = "List users (agents and admins)")
    @GetMapping
    PageResult<UserJson> list(Actor actor, @RequestParam(required = false) String role,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Role parsed = role == null ? null : Role.fromCode(role);
        if (role != null && parsed == null) {
            throw InvalidInputException.of("role", "error.field.unknownValue", role);
        }
        return users.list(actor, parsed, q, organization, PageRequest.of(page, size))
                .map(u -> IdentityJson.of(u, directory));
    }

    @Operation(summary = "One user (customers: only themselves)")
    @GetMapping("/{id}")
    UserJson get(Actor actor, @PathVariable long id) {
        return IdentityJson.of(users.get(actor, id), directory);
    }

    @Operation(summary = "Create a user (admins: anyone; agents: customers)")
    @PostMapping
    ResponseEntity<UserJson> create(Actor actor, @Valid @RequestBody NewUserRequest request) {
        var user = users.create(actor, new NewUser(request.email(), request.name(), request.role(), request.password(),
                request.organization(), request.groups(), request.locale()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(IdentityJson.of(user, directory));
    }

    @Operation(summary = "Mail the user a link to choose a password (admins: anyone; agents: customers)",
            description = "For people created from an e-mail, who have no password yet, or who lost it. The link "
                    + "works once, for 7 days by default; 429 with Retry-After after a few mails to one address.")
    @PostMapping("/{id}/invite")
    ResponseEntity<InvitationJson> invite(Actor actor, @PathVariable long id) {
        Instant expiresAt = accounts.invite(actor, id);
        return ResponseEntity.accepted().body(new InvitationJson(users.get(actor, id).email(), expiresAt));
    }

    @Operation(summary = "Change a user: email, name, role, password (+currentPassword for oneself), "
            + "organization, groups, locale, active, timeZone (IANA, e.g. America/Sao_Paulo, or null), "
            + "notifications (agents: {\"newTicket\", \"assigned\", \"customerReply\", \"mention\", \"sla\"} "
            + "each true or false; the ones left out stay)")
    @PatchMapping("/{id}")
    UserJson update(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var patch = new PatchReader(body);
        var changes = new UserChanges(patch.string("email", 254, false), patch.string("name", 200, false),
                patch.code("role", Role::fromCode), patch.exact("password", 200),
                patch.exact("currentPassword", 200), patch.id("organization"), patch.ids("groups", 100),
                patch.string("locale", 10, true), patch.bool("active"), patch.string("timeZone", 64, true),
                notices(body));
        patch.accept("notifications");
        patch.done();
        return IdentityJson.of(users.update(actor, id, changes), directory);
    }

    /** {@code "notifications": {"assigned": false}}: notices to turn on or off; unknown names are refused. */
    private static Change<Map<AgentNotice, Boolean>> notices(JsonNode body) {
        if (body == null || !body.has("notifications")) {
            return Change.absent();
        }
        JsonNode node = body.get("notifications");
        if (!node.isObject()) {
            throw InvalidInputException.of("notifications", "error.json.objectExpected");
        }
        var problems = new InvalidInputException.Collector();
        Map<AgentNotice, Boolean> changes = new EnumMap<>(AgentNotice.class);
        for (String name : node.propertyNames()) {
            AgentNotice notice = AgentNotice.fromCode(name);
            JsonNode value = node.get(name);
            if (notice == null) {
                problems.add("notifications." + (name.length() > 40 ? name.substring(0, 40) : name),
                        "error.field.unknown");
            } else if (!value.isBoolean()) {
                problems.add("notifications." + notice.code(), "error.field.boolean");
            } else {
                changes.put(notice, value.asBoolean());
            }
        }
        problems.throwIfAny();
        return Change.to(changes);
    }
}
