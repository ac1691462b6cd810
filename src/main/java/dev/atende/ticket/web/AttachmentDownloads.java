package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.ticket.ArticleManagement;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** File downloads for signed-in browser sessions (the API has its own path with token auth). */
@Controller
class AttachmentDownloads {

    private final ArticleManagement articles;

    AttachmentDownloads(ArticleManagement articles) {
        this.articles = articles;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long id) {
        return AttachmentResponses.of(articles.download(actor, id));
    }
}
