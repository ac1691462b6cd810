package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.knowledge.internal.KbArticles;
import dev.atende.knowledge.internal.KbAttachmentRecords;
import dev.atende.shared.BlobStore;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PayloadTooLargeException;
import dev.atende.shared.Texts;
import dev.atende.ticket.AttachmentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and images of articles, stored in the shared {@link BlobStore} with the same size limit
 * as ticket attachments. The team uploads; a file is readable by whoever may read its article
 * (the team only, while no saved article shows it).
 */
@Service
@Transactional
public class KbFiles {

    public record Download(KbAttachment file, InputStream content) {
    }

    private final KbAttachmentRecords files;
    private final KbArticles articles;
    private final BlobStore blobs;
    private final AttachmentLimits limits;
    private final Clock clock;

    KbFiles(KbAttachmentRecords files, KbArticles articles, BlobStore blobs, AttachmentLimits limits, Clock clock) {
        this.files = files;
        this.articles = articles;
        this.blobs = blobs;
        this.limits = limits;
        this.clock = clock;
    }

    public KbAttachment upload(Actor actor, Long articleId, String fileName, String contentType, InputStream content) {
        KbAccess.requireWriter(actor);
        if (articleId != null && !articles.existsById(articleId)) {
            throw new NotFoundException("error.kb.notFound");
        }
        String name = fileName(fileName);
        String type = contentType(contentType);
        BlobStore.StoredBlob blob;
        try (content) {
            blob = blobs.put(content, limits.maxSize().toBytes());
        } catch (BlobStore.BlobTooLarge e) {
            throw new PayloadTooLargeException("error.upload.tooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (blob.size() == 0) {
            throw InvalidInputException.of("file", "error.kb.file.empty");
        }
        return files.save(new KbAttachment(articleId, actor.id(), name, type, blob.size(), blob.sha256(), blob.key(),
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<KbAttachment> of(Actor actor, long articleId) {
        KbAccess.visible(actor, articles.findById(articleId).orElse(null));
        return files.findByArticleIdOrderById(articleId);
    }

    @Transactional(readOnly = true)
    public Download open(Actor actor, long id) {
        KbAttachment file = files.findById(id).orElseThrow(() -> new NotFoundException("error.kb.file.notFound"));
        boolean readable = KbAccess.seesEverything(actor) || (file.articleId() != null
                && articles.findById(file.articleId()).map(a -> KbAccess.sees(actor, a)).orElse(false));
        if (!readable) {
            throw new NotFoundException("error.kb.file.notFound");
        }
        try {
            return new Download(file, blobs.open(file.blobKey()));
        } catch (IOException e) {
            throw new NotFoundException("error.kb.file.notFound");
        }
    }

    private static String fileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = Texts.withoutControlCharacters(name.substring(name.lastIndexOf('/') + 1)).strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String contentType(String raw) {
        try {
            MediaType type = MediaType.parseMediaType(raw == null || raw.isBlank() ? "application/octet-stream" : raw);
            String plain = type.getType() + "/" + type.getSubtype();
            return plain.length() > 255 ? "application/octet-stream" : plain;
        } catch (InvalidMediaTypeException e) {
            return "application/octet-stream";
        }
    }
}
