package dev.atende.search.internal;

import dev.atende.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A customer organization as the search index sees it; read-only. */
@Entity(name = "IndexedOrganization")
@Table(name = "organizations")
@Immutable
@Indexed(index = "organization")
public class IndexedOrganization {

    @Id
    private Long id;

    @FullTextField(analyzer = Analyzers.NAME, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED, Highlightable.PLAIN})
    private String name;

    @FullTextField(analyzer = Analyzers.NAME)
    @ElementCollection
    @CollectionTable(name = "organization_domains", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain")
    private Set<String> domains = new TreeSet<>();

    @GenericField(projectable = Projectable.YES)
    @Column(name = "created_at")
    private Instant createdAt;

    protected IndexedOrganization() {
    }

    public Long getId() {
        return id;
    }
}
