package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.shared.PatchReader;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.NewArticle;
import dev.atende.ticket.web.TicketJson.ArticleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@Tag(name = "Tickets")
@RestController
@RequestMapping("/api/v1/tickets/{ticketId}/articles")
class ArticleApi {

    private final ArticleManagement articles;
    private final TicketViews views;

    ArticleApi(ArticleManagement articles, TicketViews views) {
        this.articles = articles;
        this.views = views;
    }

    @Operation(summary = "Add a public reply or an internal note (agents only)",
            description = "Body: {body, contentType: text/plain (default) or text/html (sanitized),"
                    + " visibility: public (default) or internal}.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> add(Actor actor, @PathVariable long ticketId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    implementation = TicketDocs.NewArticleBody.class))) @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var text = in.string("body", Integer.MAX_VALUE, true);
        var contentType = in.string("contentType", 64, true);
        var visibility = in.string("visibility", 64, true);
        in.done();
        return created(actor, articles.add(actor, ticketId,
                new NewArticle(text.value(), contentType.value(), visibility.value(), List.of()), Channel.API));
    }

    @Operation(summary = "Add a reply or note with files (multipart/form-data: body, contentType, visibility, files)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleView> addWithFiles(Actor actor, @PathVariable long ticketId,
            @RequestParam(required = false) String body, @RequestParam(required = false) String contentType,
            @RequestParam(required = false) String visibility,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return created(actor, articles.add(actor, ticketId,
                new NewArticle(body, contentType, visibility, Uploads.of(files)), Channel.API));
    }

    @Operation(summary = "The articles the caller may see, oldest first (customers never see internal notes)")
    @GetMapping
    List<ArticleView> list(Actor actor, @PathVariable long ticketId) {
        List<Article> visible = articles.list(actor, ticketId);
        return views.articles(visible, articles.attachmentsOf(visible));
    }

    @Operation(summary = "One article (customers: only public ones of their tickets)")
    @GetMapping("/{articleId}")
    ArticleView get(Actor actor, @PathVariable long ticketId, @PathVariable long articleId) {
        Article article = articles.get(actor, ticketId, articleId);
        return views.articles(List.of(article), articles.attachmentsOf(List.of(article))).get(0);
    }

    private ResponseEntity<ArticleView> created(Actor actor, Article article) {
        var files = articles.attachmentsOf(List.of(article));
        ArticleView view = views.articles(List.of(article), files == null ? Map.of() : files).get(0);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + article.ticketId() + "/articles/" + article.id()))
                .body(view);
    }
}
