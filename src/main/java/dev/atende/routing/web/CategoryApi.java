package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.routing.CategoryRouting;
import dev.atende.routing.web.RoutingJson.CategoryJson;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.CategoryChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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

@Tag(name = "Routing")
@RestController
@RequestMapping("/api/v1/categories")
class CategoryApi {

    private final CategoryRouting categories;

    CategoryApi(CategoryRouting categories) {
        this.categories = categories;
    }

    @Operation(summary = "The category tree, in path order (agents and admins)")
    @GetMapping
    List<CategoryJson> list(Actor actor) {
        return categories.list(actor).stream().map(CategoryJson::of).toList();
    }

    @Operation(summary = "One category")
    @GetMapping("/{id}")
    CategoryJson get(Actor actor, @PathVariable long id) {
        return CategoryJson.of(categories.get(actor, id));
    }

    @Operation(summary = "Create a category (admins)")
    @PostMapping
    ResponseEntity<CategoryJson> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.CategoryBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        CategoryChanges draft = changes(in, body);
        var skills = in.ids("requiredSkills", 1000);
        in.done();
        var created = categories.create(actor, draft, skills);
        return ResponseEntity.created(URI.create("/api/v1/categories/" + created.category().id()))
                .body(CategoryJson.of(created));
    }

    @Operation(summary = "Change a category (admins); a parent that would make a cycle is refused")
    @PatchMapping("/{id}")
    CategoryJson update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.CategoryBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        CategoryChanges changes = changes(in, body);
        var skills = in.ids("requiredSkills", 1000);
        in.done();
        return CategoryJson.of(categories.update(actor, id, changes, skills));
    }

    @Operation(summary = "Delete a category (admins)",
            description = "409 while tickets or sub-categories use it: re-categorize or move them first")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        categories.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private static CategoryChanges changes(PatchReader in, JsonNode body) {
        Change<Integer> complexity = Change.absent();
        in.accept("complexity");
        if (body.has("complexity")) {
            JsonNode node = body.get("complexity");
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw InvalidInputException.of("complexity", "error.category.complexity");
            }
            complexity = Change.to(node.asInt());
        }
        return new CategoryChanges(in.string("name", Integer.MAX_VALUE, false), in.id("parent"), in.id("group"),
                complexity);
    }
}
