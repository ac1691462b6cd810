package dev.atende.ticket.web;

import dev.atende.ticket.Upload;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as the ticket module's {@link Upload}s; empty file inputs are skipped. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null
                && !f.getOriginalFilename().isBlank()))
                .map(f -> new Upload(f.getOriginalFilename(), f.getContentType(), f::getInputStream))
                .toList();
    }
}
