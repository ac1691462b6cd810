package dev.atende.knowledge.web;

import dev.atende.knowledge.KbFiles;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an article's file goes out: PNG, JPEG, GIF and WebP images inline (articles show them),
 * anything else as a download in plain bytes; always {@code nosniff}, never HTML or SVG inline.
 */
final class KbFileResponses {

    private KbFileResponses() {
    }

    static ResponseEntity<InputStreamResource> of(KbFiles.Download download, boolean publicFile) {
        var file = download.file();
        boolean inline = file.isImage();
        String type = inline ? file.contentType() : MediaType.APPLICATION_OCTET_STREAM_VALUE;
        var disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, publicFile ? "public, max-age=86400" : "private, no-store")
                .contentType(MediaType.parseMediaType(type))
                .contentLength(file.size())
                .body(new InputStreamResource(download.content()));
    }
}
