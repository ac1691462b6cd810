package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleFilter;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.PreconditionFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
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
import tools.jackson.databind.JsonNode;

@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/kb/articles")
class KbArticleApi {

    private final KbArticleManagement articles;
    private final KbViews views;
    private final CurrentActor current;

    KbArticleApi(KbArticleManagement articles, KbViews views, CurrentActor current) {
        this.articles = articles;
        this.views = views;
        this.current = current;
    }

    @Operation(summary = "Articles the caller may read, newest change first (no sign-in needed: visitors and "
            + "customers get published public articles; the team everything, filtered by status and visibility)")
    @GetMapping
    PageResult<KbJson.ArticleSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String visibility, @RequestParam(required = false) String locale,
            @RequestParam(required = false) Long category, @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Locale requestLocale) {
        Actor actor = current.get().orElse(null);
        var problems = new InvalidInputException.Collector();
        KbStatus s = status == null ? null : KbStatus.fromCode(status);
        if (status != null && s == null) {
            problems.add("status", "error.field.unknownValue", status);
        }
        KbVisibility v = visibility == null ? null : KbVisibility.fromCode(visibility);
        if (visibility != null && v == null) {
            problems.add("visibility", "error.field.unknownValue", visibility);
        }
        Locale l = locale == null ? null : Locales.parse(locale);
        if (locale != null && l == null) {
            problems.add("locale", "error.field.unknownValue", locale);
        }
        problems.throwIfAny();
        var result = articles.list(actor, new KbArticleFilter(s, v, l == null ? null : l.toLanguageTag(), category,
                title), PageRequest.of(page, size));
        return new PageResult<>(views.summaries(actor, result.items(), requestLocale), result.page(), result.size(),
                result.total());
    }

    @Operation(summary = "One article with its body (sanitized HTML) and translations; ETag carries its version")
    @GetMapping("/{id}")
    ResponseEntity<KbJson.ArticleJson> get(@PathVariable long id) {
        Actor actor = current.get().orElse(null);
        return withETag(articles.get(actor, id), actor);
    }

    @Operation(summary = "Write an article (team). The body is HTML; scripts, event handlers and unsafe links are "
            + "removed before it is stored. \"translationOf\": the id of the article this one translates; "
            + "\"status\" defaults to draft, \"visibility\" to public, \"locale\" to the writer's language")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KbJson.ArticleJson> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = KbJson.ArticleJson.class)))
            @RequestBody JsonNode body) {
        KbArticle created = articles.create(actor, KbRequests.article(body));
        return ResponseEntity.created(URI.create("/api/v1/kb/articles/" + created.id()))
                .eTag("\"" + created.version() + "\"").body(views.article(actor, created));
    }

    @Operation(summary = "Change an article (team): only the fields present change; \"status\": \"published\" "
            + "publishes. With If-Match, a stale version answers 412. Each change is a new version")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KbJson.ArticleJson> update(Actor actor, @PathVariable long id,
            @Parameter(description = "the ETag of the version the change is based on")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = KbJson.ArticleJson.class)))
            @RequestBody JsonNode body) {
        return withETag(articles.update(actor, id, version(ifMatch), KbRequests.article(body)), actor);
    }

    @Operation(summary = "Every saved version of an article, newest first, with who saved it and when (team)")
    @GetMapping("/{id}/versions")
    List<KbJson.VersionJson> versions(Actor actor, @PathVariable long id, Locale locale) {
        return views.versions(actor, articles.versions(actor, id), locale);
    }

    @Operation(summary = "Restore what an earlier version said (title, body, category, tags, visibility) as a new "
            + "version (team); the status stays as it is")
    @PostMapping("/{id}/versions/{revision}/restore")
    ResponseEntity<KbJson.ArticleJson> restore(Actor actor, @PathVariable long id, @PathVariable int revision,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(articles.restore(actor, id, revision, version(ifMatch)), actor);
    }

    private ResponseEntity<KbJson.ArticleJson> withETag(KbArticle article, Actor actor) {
        return ResponseEntity.ok().eTag("\"" + article.version() + "\"").body(views.article(actor, article));
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("\\d{1,18}")) {
            throw new PreconditionFailedException("error.kb.stale");
        }
        return Long.parseLong(tag);
    }
}
