package dev.atende.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file or image of an article, its content in the shared {@link dev.atende.shared.BlobStore}.
 * Uploaded from the editor before the article may exist: until an article that links it is
 * saved, only the team may read it.
 */
@Entity
@Table(name = "kb_attachments")
public class KbAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "uploader_id")
    private long uploaderId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private long size;

    private String sha256;

    @Column(name = "blob_key")
    private String blobKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected KbAttachment() {
    }

    public KbAttachment(Long articleId, long uploaderId, String fileName, String contentType, long size, String sha256,
            String blobKey, Instant now) {
        this.articleId = articleId;
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.blobKey = blobKey;
        this.createdAt = now;
    }

    public void attachTo(long article) {
        this.articleId = article;
    }

    public Long id() {
        return id;
    }

    public Long articleId() {
        return articleId;
    }

    public long uploaderId() {
        return uploaderId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String blobKey() {
        return blobKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Where pages link it: under the help center, which checks who may read it. */
    public String url() {
        return "/help/files/" + id + "/" + org.springframework.web.util.UriUtils.encodePathSegment(fileName,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Images a browser may show inline (never SVG, which can carry script). */
    public boolean isImage() {
        return switch (contentType) {
            case "image/png", "image/jpeg", "image/gif", "image/webp" -> true;
            default -> false;
        };
    }
}
