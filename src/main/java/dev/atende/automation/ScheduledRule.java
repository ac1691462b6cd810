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
 * A rule checked periodically against every ticket that is not closed: when its conditions
 * (usually with a time, "pending and no customer reply for 7 days") hold, its actions run, once
 * per ticket until the conditions stop holding. Rules run in {@code order}.
 */
@Entity
@Table(name = "automation_schedules")
public class ScheduledRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
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

    protected ScheduledRule() {
    }

    ScheduledRule(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void define(String name, String conditions, String actions, boolean active, int order,
            Instant now) {
        this.name = name;
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
