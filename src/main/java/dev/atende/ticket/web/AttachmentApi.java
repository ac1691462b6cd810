package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.ticket.ArticleManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;

@Tag(name = "Tickets")
@RestController
class AttachmentApi {

    private final ArticleManagement articles;

    AttachmentApi(ArticleManagement articles) {
        this.articles = articles;
    }

    @Operation(summary = "Download a file (always as an attachment, never rendered)")
    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long id) {
        return AttachmentResponses.of(articles.download(actor, id));
    }
}
