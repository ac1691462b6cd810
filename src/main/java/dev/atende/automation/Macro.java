package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A named set of actions an agent applies to a ticket in one click, with the agent's rights. */
@Entity
@Table(name = "automation_macros")
public class Macro {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(columnDefinition = "text")
    private String actions;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Macro() {
    }

    Macro(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void define(String name, String actions, boolean active, Instant now) {
        this.name = name;
        this.actions = actions;
        this.active = active;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String actionsJson() {
        return actions;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
