package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.knowledge.Deflections;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbFiles;
import dev.atende.knowledge.KbHit;
import dev.atende.knowledge.KbSearch;
import dev.atende.knowledge.KbVisibility;
import dev.atende.search.SearchText;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * What other pages use from the knowledge base, in the browser session (the API does not take
 * the session cookie): the ticket page's article search that inserts a link or the text into
 * the reply, the editor's image upload, and the portal form's draft key ({@code @knowledgeTools}).
 */
@Controller("knowledgeTools")
class AgentKbTools {

    /** An article found from the ticket page, with what "insert" puts into the reply. */
    record LookupHit(long id, String title, String snippet, String visibility, String status, String link, String text) {
    }

    private final KbSearch search;
    private final KbFiles files;
    private final String baseUrl;

    AgentKbTools(KbSearch search, KbFiles files, @Value("${atende.base-url}") String baseUrl) {
        this.search = search;
        this.files = files;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(path = "/agent/kb/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> lookup(Actor actor, @RequestParam(required = false) String q) {
        SearchText text;
        try {
            text = SearchText.parse(q);
        } catch (InvalidInputException e) {
            return ResponseEntity.unprocessableContent().body(List.of());
        }
        List<LookupHit> hits = search.search(actor, text, null, KbSearch.Scope.PUBLISHED, 0, 10).items().stream()
                .map(this::hit).toList();
        return ResponseEntity.ok(hits);
    }

    @PostMapping(path = "/agent/kb/files", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    KbJson.FileJson upload(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "article", required = false) Long article) {
        return KbViews.file(KbFileApi.store(files, actor, article, file));
    }

    /** The portal form's draft key: the one it was sent with (shown again after an error), or a new one. */
    public String draftKey(String sent) {
        return Deflections.isDraftKey(sent) ? sent : UUID.randomUUID().toString();
    }

    private LookupHit hit(KbHit hit) {
        KbArticle a = hit.article();
        String link = a.visibility() == KbVisibility.PUBLIC ? baseUrl + a.helpPath() : null;
        return new LookupHit(a.id(), hit.title(), hit.snippet(), a.visibility().code(), a.status().code(), link,
                KbPlainText.of(a.body()));
    }
}
