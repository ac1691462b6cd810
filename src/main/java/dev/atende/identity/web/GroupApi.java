package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.AssignmentMode;
import dev.atende.identity.GroupRouting;
import dev.atende.identity.GroupManagement;
import dev.atende.identity.web.IdentityJson.GroupJson;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "People")
@RestController
@RequestMapping("/api/v1/groups")
class GroupApi {

    private final GroupManagement groups;

    GroupApi(GroupManagement groups) {
        this.groups = groups;
    }

    record NewGroup(@NotBlank @Size(max = 100) String name, Integer level, Long escalatesTo) {
    }

    @GetMapping
    List<GroupJson> list(Actor actor) {
        return groups.list(actor).stream().map(IdentityJson::of).toList();
    }

    @GetMapping("/{id}")
    GroupJson get(Actor actor, @PathVariable long id) {
        return IdentityJson.of(groups.get(actor, id));
    }

    @PostMapping
    ResponseEntity<GroupJson> create(Actor actor, @Valid @RequestBody NewGroup request) {
        var g = groups.create(actor, request.name(), request.level(), request.escalatesTo());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + g.id())).body(IdentityJson.of(g));
    }

    @PatchMapping("/{id}")
    GroupJson update(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var patch = new PatchReader(body);
        var name = patch.string("name", 100, false);
        var escalatesTo = patch.id("escalatesTo");
        Change<Integer> level = integer(body, "level", false, "error.group.level");
        Change<Integer> maxOpen = integer(body, "maxOpenPerAgent", true, "error.group.maxOpen");
        patch.accept("level", "maxOpenPerAgent");
        var routing = new GroupRouting(patch.code("assignment", AssignmentMode::fromCode), maxOpen,
                patch.bool("seesLowerLevels"));
        patch.done();
        return IdentityJson.of(groups.update(actor, id, name, level, escalatesTo, routing));
    }

    private static Change<Integer> integer(JsonNode body, String field, boolean nullable, String error) {
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (nullable && node.isNull()) {
            return Change.to(null);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw InvalidInputException.of(field, error, 10000);
        }
        return Change.to(node.asInt());
    }
}
