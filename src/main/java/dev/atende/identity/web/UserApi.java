package dev.atende.identity.web;

import dev.atende.identity.Actor;
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
    private final Directory directory;

    UserApi(UserManagement users, Directory directory) {
        this.users = users;
        this.directory = directory;
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

    @Operation(summary = "Change a user: email, name, role, password (+currentPassword for oneself), "
            + "organization, groups, locale, active")
    @PatchMapping("/{id}")
    UserJson update(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var patch = new PatchReader(body);
        var changes = new UserChanges(patch.string("email", 254, false), patch.string("name", 200, false),
                patch.code("role", Role::fromCode), patch.exact("password", 200),
                patch.exact("currentPassword", 200), patch.id("organization"), patch.ids("groups", 100),
                patch.string("locale", 10, true), patch.bool("active"));
        patch.done();
        return IdentityJson.of(users.update(actor, id, changes), directory);
    }
}
