package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.knowledge.KbCategory;
import dev.atende.knowledge.KbCategoryManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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

@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/kb/categories")
class KbCategoryApi {

    private final KbCategoryManagement categories;
    private final KbViews views;
    private final CurrentActor current;

    KbCategoryApi(KbCategoryManagement categories, KbViews views, CurrentActor current) {
        this.categories = categories;
        this.views = views;
        this.current = current;
    }

    @Operation(summary = "The category tree, parents first (no sign-in needed: visitors and customers see the "
            + "categories that hold an article they may read). \"names\": the name per language tag")
    @GetMapping
    List<KbJson.CategoryJson> list(Locale locale) {
        Actor actor = current.get().orElse(null);
        var paths = categories.paths(actor, locale);
        return categories.list(actor).stream().map(c -> views.category(c, paths)).toList();
    }

    @Operation(summary = "One category")
    @GetMapping("/{id}")
    KbJson.CategoryJson get(@PathVariable long id, Locale locale) {
        Actor actor = current.get().orElse(null);
        return views.category(categories.get(actor, id), categories.paths(actor, locale));
    }

    @Operation(summary = "Add a category (team): {\"name\", \"parent\", \"position\", \"names\": {\"en\": \"...\"}}")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KbJson.CategoryJson> create(Actor actor, Locale locale,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = KbJson.CategoryJson.class)))
            @RequestBody JsonNode body) {
        KbCategory created = categories.create(actor, KbRequests.category(body));
        return ResponseEntity.created(URI.create("/api/v1/kb/categories/" + created.id()))
                .body(views.category(created, categories.paths(actor, locale)));
    }

    @Operation(summary = "Change a category (team); a parent below itself is refused")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    KbJson.CategoryJson update(Actor actor, @PathVariable long id, Locale locale,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = KbJson.CategoryJson.class)))
            @RequestBody JsonNode body) {
        return views.category(categories.update(actor, id, KbRequests.category(body)), categories.paths(actor, locale));
    }

    @Operation(summary = "Remove an empty category (team); 409 while articles or sub-categories use it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        categories.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
