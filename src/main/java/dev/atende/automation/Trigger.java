package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A rule that acts on a ticket event: when {@code event} happens and the conditions hold, the
 * actions run, triggers in {@code order}. Conditions and actions are kept as checked JSON.
 */
@Entity
@Table(name = "automation_triggers")
public class Trigger {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String event;

    @Column(columnDefinition = "text")
    private String conditions;

    @Column(columnDefinition = "text")
    private String actions;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Trigger() {
    }

    Trigger(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void define(String name, RuleEvent event, String conditions, String actions, boolean active, int order,
            Instant now) {
        this.name = name;
        this.event = event.code();
        this.conditions = conditions;
        this.actions = actions;
        this.active = active;
        this.sortOrder = order;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RuleEvent event() {
        return RuleEvent.fromCode(event);
    }

    public String conditionsJson() {
        return conditions;
    }

    public String actionsJson() {
        return actions;
    }

    public boolean isActive() {
        return active;
    }

    public int order() {
        return sortOrder;
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
