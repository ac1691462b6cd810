package dev.atende.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A signed-in reader's comment on an article, plain text. Customers' comments wait for the team
 * to approve them; the team's own are shown at once.
 */
@Entity
@Table(name = "kb_comments")
public class KbComment {

    public static final int MAX_BODY = 4000;

    public enum Status {
        PENDING, APPROVED, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            for (Status status : values()) {
                if (status.code().equals(code)) {
                    return status;
                }
            }
            return null;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    private String status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected KbComment() {
    }

    public KbComment(long articleId, long authorId, String body, Status status, Instant now) {
        this.articleId = articleId;
        this.authorId = authorId;
        this.body = body;
        this.status = status.code();
        this.createdAt = now;
    }

    public void moderate(Status target) {
        this.status = target.code();
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return Status.fromCode(status);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
