package dev.atende.knowledge;

import dev.atende.knowledge.internal.KbColumns;
import dev.atende.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jsoup.Jsoup;

/**
 * A help-center article in one language. Its body is HTML made safe when it is written; its
 * translations share a {@code translationGroup}. State changes go through the methods here,
 * each of which raises the {@link #revision()} that the version history records.
 *
 * <p>Indexed for search (Hibernate Search, after each commit): title and text with the mixed
 * Portuguese/English analyzer for every article, and again with the analyzer of the article's
 * own language ({@code title_pt}/{@code text_pt} or {@code title_en}/{@code text_en}) so that
 * each language gets its full stemming.
 */
@Entity
@Table(name = "kb_articles")
@Indexed(index = "kb_article")
public class KbArticle {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 500_000;
    /** Words of the body kept in the index; a longer article is found by its beginning. */
    static final int MAX_INDEXED_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "translation_group")
    private Long translationGroup;

    @KeywordField
    private String locale;

    @FullTextField(analyzer = Analyzers.TEXT, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    private String title;

    @Column(columnDefinition = "text")
    private String body;

    @GenericField
    @Column(name = "category_id")
    private Long categoryId;

    @KeywordField
    @Convert(converter = KbColumns.VisibilityColumn.class)
    private KbVisibility visibility;

    @KeywordField
    @Convert(converter = KbColumns.StatusColumn.class)
    private KbStatus status;

    private int revision;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "source_ticket_id")
    private Long sourceTicketId;

    /** Counted by plain updates (see the help center), never written through the entity. */
    @Column(insertable = false, updatable = false)
    private long views;

    @Column(name = "created_at")
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @FullTextField(name = "tags", analyzer = Analyzers.NAME)
    @KeywordField(name = "tag", normalizer = Analyzers.KEYWORD)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_tags", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    private SortedSet<String> tags = new TreeSet<>();

    protected KbArticle() {
    }

    public KbArticle(String locale, String title, String body, Long categoryId, Collection<String> tags,
            KbVisibility visibility, KbStatus status, Long authorId, Long sourceTicketId, Instant now) {
        this.locale = locale;
        this.title = title;
        this.body = body;
        this.categoryId = categoryId;
        this.tags = new TreeSet<>(tags);
        this.visibility = visibility;
        this.status = status;
        this.authorId = authorId;
        this.sourceTicketId = sourceTicketId;
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
        if (status == KbStatus.PUBLISHED) {
            this.publishedAt = now;
        }
    }

    /** Changes what the article says and where it is filed; true when anything changed. */
    public boolean edit(String title, String body, Long categoryId, Collection<String> tags, KbVisibility visibility) {
        var newTags = new TreeSet<>(tags);
        boolean changed = !this.title.equals(title) || !this.body.equals(body)
                || !java.util.Objects.equals(this.categoryId, categoryId) || !this.tags.equals(newTags)
                || this.visibility != visibility;
        this.title = title;
        this.body = body;
        this.categoryId = categoryId;
        this.tags.clear();
        this.tags.addAll(newTags);
        this.visibility = visibility;
        return changed;
    }

    /** Publishes, withdraws or returns the article to draft; the first publication is remembered. */
    public boolean moveTo(KbStatus target, Instant now) {
        if (target == status) {
            return false;
        }
        status = target;
        if (target == KbStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        return true;
    }

    /** Records that a new version was saved. */
    public void revised(Instant now) {
        revision++;
        updatedAt = now;
    }

    /** Makes this article a translation in the given set (whose first article's id names it). */
    public void joinTranslations(long group) {
        this.translationGroup = group;
    }

    /** Readable by customers and visitors: published and public. */
    public boolean isPublic() {
        return status == KbStatus.PUBLISHED && visibility == KbVisibility.PUBLIC;
    }

    public Long id() {
        return id;
    }

    public Long translationGroup() {
        return translationGroup;
    }

    public String locale() {
        return locale;
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

    public SortedSet<String> tags() {
        return Collections.unmodifiableSortedSet(tags);
    }

    public KbVisibility visibility() {
        return visibility;
    }

    public KbStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Long authorId() {
        return authorId;
    }

    public Long sourceTicketId() {
        return sourceTicketId;
    }

    public long views() {
        return views;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    /** The title as a URL word: accents dropped, lower case, words joined by hyphens ("article" when none is left). */
    public String slug() {
        String ascii = java.text.Normalizer.normalize(title == null ? "" : title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** The help-center address of the article, with its title in it. */
    public String helpPath() {
        return "/help/articles/" + id + "-" + slug();
    }

    /** The words of the body, without markup: what search matches and snippets show. */
    public String plainText() {
        return body == null ? "" : Jsoup.parse(body).text();
    }

    // ---- index fields (getters because Hibernate Search reads JavaBean properties) ----

    @FullTextField(name = "text", analyzer = Analyzers.TEXT, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getText() {
        String text = plainText();
        return text.length() > MAX_INDEXED_TEXT ? text.substring(0, MAX_INDEXED_TEXT) : text;
    }

    @FullTextField(name = "title_pt", analyzer = Analyzers.PORTUGUESE)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "locale"))})
    public String getTitlePortuguese() {
        return isPortuguese() ? title : null;
    }

    @FullTextField(name = "text_pt", analyzer = Analyzers.PORTUGUESE)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "locale"))})
    public String getTextPortuguese() {
        return isPortuguese() ? getText() : null;
    }

    @FullTextField(name = "title_en", analyzer = Analyzers.ENGLISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "locale"))})
    public String getTitleEnglish() {
        return isPortuguese() ? null : title;
    }

    @FullTextField(name = "text_en", analyzer = Analyzers.ENGLISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "locale"))})
    public String getTextEnglish() {
        return isPortuguese() ? null : getText();
    }

    private boolean isPortuguese() {
        return locale != null && locale.startsWith("pt");
    }
}
