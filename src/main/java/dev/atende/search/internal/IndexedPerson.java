package dev.atende.search.internal;

import dev.atende.search.Analyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A person (customer, agent or admin) as the search index sees them; read-only. */
@Entity(name = "IndexedPerson")
@Table(name = "users")
@Immutable
@Indexed(index = "person")
public class IndexedPerson {

    @Id
    private Long id;

    @FullTextField(analyzer = Analyzers.NAME, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    private String name;

    @FullTextField(analyzer = Analyzers.NAME, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    @KeywordField(name = "emailExact", normalizer = Analyzers.KEYWORD)
    private String email;

    @KeywordField(projectable = Projectable.YES)
    private String role;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "organization_id")
    private Long organizationId;

    @GenericField(projectable = Projectable.YES)
    private boolean active;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected IndexedPerson() {
    }

    public Long getId() {
        return id;
    }
}
