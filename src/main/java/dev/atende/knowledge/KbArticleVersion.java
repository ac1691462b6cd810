package dev.atende.knowledge;

import dev.atende.knowledge.internal.KbColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One saved state of an article: what it said, who saved it and when. Never changed afterwards. */
@Entity
@Table(name = "kb_article_versions")
public class KbArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    private int revision;

    private String title;

    @Column(columnDefinition = "text")
    private String body;

    @Column(name = "category_id")
    private Long categoryId;

    /** Tags joined by commas (a tag never holds one). */
    private String tags;

    @Convert(converter = KbColumns.VisibilityColumn.class)
    private KbVisibility visibility;

    @Convert(converter = KbColumns.StatusColumn.class)
    private KbStatus status;

    @Column(name = "editor_id")
    private Long editorId;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected KbArticleVersion() {
    }

    /** A snapshot of the article as it is now. */
    public static KbArticleVersion of(KbArticle article, Long editorId, String note, Instant now) {
        var version = new KbArticleVersion();
        version.articleId = article.id();
        version.revision = article.revision();
        version.title = article.title();
        version.body = article.body();
        version.categoryId = article.categoryId();
        version.tags = String.join(",", article.tags());
        version.visibility = article.visibility();
        version.status = article.status();
        version.editorId = editorId;
        version.note = note;
        version.createdAt = now;
        return version;
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Long categoryId() {
        return categoryId;
    }

    public List<String> tags() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public KbVisibility visibility() {
        return visibility;
    }

    public KbStatus status() {
        return status;
    }

    public Long editorId() {
        return editorId;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
