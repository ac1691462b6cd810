package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rule checked periodically against every ticket that is not closed: when its conditions
 * (usually with a time, "pending and no customer reply for 7 days") hold, its actions run, once
 * per ticket until the conditions stop holding. Rules run in {@code order}.
 */
@Entity
@Table(name = "automation_schedules")
public class ScheduledRule extends AutomationRecord {

    @Column(columnDefinition = "text")
    private String conditions;

    @Column(columnDefinition = "text")
    private String actions;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ScheduledRule() {
    }

    ScheduledRule(Instant now) {
        super(now);
    }

    void define(String name, String conditions, String actions, boolean active, int order,
            Instant now) {
        changed(name, now);
        this.conditions = conditions;
        this.actions = actions;
        this.active = active;
        this.sortOrder = order;
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
}
