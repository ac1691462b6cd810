package dev.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file on an article; its bytes live in the {@link dev.atende.shared.BlobStore}. */
@Entity
@Table(name = "attachments")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "article_id")
    private long articleId;

    private String filename;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "blob_key")
    private String blobKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "content_id")
    private String contentId;

    protected Attachment() {
    }

    Attachment(long ticketId, long articleId, String filename, String contentType, long size, String sha256,
            String blobKey, Instant createdAt) {
        this.ticketId = ticketId;
        this.articleId = articleId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.blobKey = blobKey;
        this.createdAt = createdAt;
    }

    /**
     * The same file on a copied article: the row is new, the bytes are shared (blobs are never
     * deleted while a row points at them), so both tickets' readers can download it.
     */
    static Attachment copyOf(Attachment original, long ticketId, long articleId) {
        var copy = new Attachment(ticketId, articleId, original.filename, original.contentType, original.size,
                original.sha256, original.blobKey, original.createdAt);
        copy.contentId = original.contentId;
        return copy;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public long articleId() {
        return articleId;
    }

    public String filename() {
        return filename;
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

    /** The Content-ID an e-mail's HTML uses to show this file inline; null for ordinary files. */
    public String contentId() {
        return contentId;
    }

    void showInlineAs(String contentId) {
        this.contentId = contentId == null || contentId.length() > 255 ? null : contentId;
    }

    public String blobKey() {
        return blobKey;
    }
}
