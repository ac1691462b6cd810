package dev.atende.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer company. Its e-mail domains place new customers in it; when {@code shared},
 * its members see each other's tickets.
 */
@Entity
@Table(name = "organizations")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private boolean shared;

    @ElementCollection(fetch = FetchType.EAGER) // small, and read wherever the entity is shown
    @CollectionTable(name = "organization_domains", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain")
    private Set<String> domains = new TreeSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    protected Organization() {
    }

    Organization(String name, boolean shared, Set<String> domains, Instant now) {
        this.name = name;
        this.shared = shared;
        this.domains.addAll(domains);
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isShared() {
        return shared;
    }

    /** In alphabetical order (the loaded collection keeps none). */
    public Set<String> domains() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(domains));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public OrganizationRef ref() {
        return new OrganizationRef(id, name);
    }

    void rename(String name) {
        this.name = name;
    }

    void share(boolean shared) {
        this.shared = shared;
    }

    void changeDomains(Set<String> domains) {
        this.domains.clear();
        this.domains.addAll(domains);
    }
}
