package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rule that acts on a ticket event: when {@code event} happens and the conditions hold, the
 * actions run, triggers in {@code order}. Conditions and actions are kept as checked JSON.
 */
@Entity
@Table(name = "automation_triggers")
public class Trigger extends AutomationRecord {

    private String event;

    @Column(columnDefinition = "text")
    private String conditions;

    @Column(columnDefinition = "text")
    private String actions;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Trigger() {
    }

    Trigger(Instant now) {
        super(now);
    }

    void define(String name, RuleEvent event, String conditions, String actions, boolean active, int order,
            Instant now) {
        changed(name, now);
        this.event = event.code();
        this.conditions = conditions;
        this.actions = actions;
        this.active = active;
        this.sortOrder = order;
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
}
