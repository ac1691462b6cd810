package dev.atende.search.internal;

import dev.atende.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A ticket as the search index sees it: a read-only view of the ticket tables, indexed by
 * {@link IndexUpdates} after each committed change (never by the ticket module itself, which
 * knows nothing of search). Public replies and internal notes go to separate fields so that a
 * customer's search never matches, nor shows a snippet of, an internal note.
 */
@Entity(name = "IndexedTicket")
@Table(name = "tickets")
@Immutable
@Indexed(index = "ticket")
public class IndexedTicket {

    /** Text kept per field and ticket; a thread longer than this is searchable by its beginning. */
    static final int MAX_TEXT = 100_000;

    @Id
    private Long id;

    @GenericField(projectable = Projectable.YES)
    private long number;

    @FullTextField(analyzer = Analyzers.TEXT, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    private String subject;

    @KeywordField(projectable = Projectable.YES)
    private String status;

    @GenericField(projectable = Projectable.YES)
    private short priority;

    @KeywordField(projectable = Projectable.YES)
    private String channel;

    @GenericField
    @Column(name = "customer_id")
    private long customerId;

    @GenericField
    @Column(name = "organization_id")
    private Long organizationId;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "group_id")
    private long groupId;

    @GenericField
    @Column(name = "assignee_id")
    private Long assigneeId;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "created_at")
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "updated_at")
    private Instant updatedAt;

    @FullTextField(name = "tags", analyzer = Analyzers.NAME)
    @KeywordField(name = "tag", normalizer = Analyzers.KEYWORD)
    @ElementCollection
    @CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @OneToMany
    @JoinColumn(name = "ticket_id", insertable = false, updatable = false)
    @OrderBy("id")
    private List<IndexedArticle> articles = new ArrayList<>();

    protected IndexedTicket() {
    }

    public Long getId() {
        return id;
    }

    /** What the customer and the team wrote to each other. */
    @FullTextField(analyzer = Analyzers.TEXT, highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicText() {
        return text(false);
    }

    /** Internal notes, searched by staff only. */
    @FullTextField(analyzer = Analyzers.TEXT, highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getInternalText() {
        return text(true);
    }

    private String text(boolean internal) {
        var text = new StringBuilder();
        for (IndexedArticle article : articles) {
            if (article.isInternal() == internal) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(article.plainText());
                if (text.length() >= MAX_TEXT) {
                    return text.substring(0, MAX_TEXT);
                }
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
