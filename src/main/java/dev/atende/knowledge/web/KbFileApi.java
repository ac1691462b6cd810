package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.knowledge.KbAttachment;
import dev.atende.knowledge.KbFiles;
import dev.atende.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Knowledge base")
@RestController
class KbFileApi {

    private final KbFiles files;
    private final CurrentActor current;

    KbFileApi(KbFiles files, CurrentActor current) {
        this.files = files;
        this.current = current;
    }

    @Operation(summary = "Upload a file or image for articles (team), as multipart \"file\" with an optional "
            + "\"article\" id. Link it in a body by its \"url\"; it becomes readable with the first saved article "
            + "that links it. Same size limit as ticket attachments")
    @PostMapping(path = "/api/v1/kb/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<KbJson.FileJson> upload(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "article", required = false) Long article) {
        KbAttachment saved = store(files, actor, article, file);
        return ResponseEntity.created(URI.create("/api/v1/kb/files/" + saved.id())).body(KbViews.file(saved));
    }

    @Operation(summary = "The files of an article")
    @GetMapping("/api/v1/kb/articles/{id}/files")
    List<KbJson.FileJson> list(@PathVariable long id) {
        return files.of(current.get().orElse(null), id).stream().map(KbViews::file).toList();
    }

    @Operation(summary = "Download a file (images inline, everything else as an attachment)")
    @GetMapping("/api/v1/kb/files/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        return KbFileResponses.of(files.open(current.get().orElse(null), id), false);
    }

    static KbAttachment store(KbFiles files, Actor actor, Long article, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "error.kb.file.empty");
        }
        try {
            return files.upload(actor, article, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
