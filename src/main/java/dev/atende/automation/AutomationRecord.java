package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** What every automation definition has: a name, when it was made and last changed, a version. */
@MappedSuperclass
public abstract class AutomationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AutomationRecord() {
    }

    protected AutomationRecord(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Every change renames (possibly to the same name) and is dated. */
    protected void changed(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
