package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named set of actions an agent applies to a ticket in one click, with the agent's rights. */
@Entity
@Table(name = "automation_macros")
public class Macro extends AutomationRecord {

    @Column(columnDefinition = "text")
    private String actions;

    private boolean active;

    protected Macro() {
    }

    Macro(Instant now) {
        super(now);
    }

    void define(String name, String actions, boolean active, Instant now) {
        changed(name, now);
        this.actions = actions;
        this.active = active;
    }

    public String actionsJson() {
        return actions;
    }

    public boolean isActive() {
        return active;
    }
}
