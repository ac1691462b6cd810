package dev.atende.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** The one row of sign-up settings an admin edits: the mode and the allowed domains. */
@Entity
@Table(name = "signup_settings")
public class SignupSettings {

    public static final int ID = 1;

    @Id
    private Integer id;

    private String mode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signup_domains", joinColumns = @JoinColumn(name = "settings_id"))
    @Column(name = "domain")
    private Set<String> domains = new TreeSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SignupSettings() {
    }

    public String mode() {
        return mode;
    }

    public Set<String> domains() {
        return Set.copyOf(domains);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void change(String mode, Set<String> domains, Instant now) {
        this.mode = mode;
        this.domains.clear();
        this.domains.addAll(domains);
        this.updatedAt = now;
    }
}
