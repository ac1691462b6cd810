package dev.atende.ticket.web;

import dev.atende.ticket.ArticleManagement.Download;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file goes back out: as an attachment (never inline), with {@code nosniff}, and
 * with types a browser would run as a page (HTML, SVG, XML) sent as plain bytes instead.
 */
final class AttachmentResponses {

    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/xml", "application/xml", "text/javascript", "application/javascript");

    private AttachmentResponses() {
    }

    static ResponseEntity<InputStreamResource> of(Download download) {
        var file = download.attachment();
        String type = ACTIVE.contains(file.contentType()) ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.contentType();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(type))
                .contentLength(file.size())
                .body(new InputStreamResource(download.content()));
    }
}
