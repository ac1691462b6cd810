package dev.atende.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A team of agents at one support level (1 = L1 basic, 2 = L2 technical, 3 = L3
 * specialists). A group escalates to one of a strictly higher level, so escalation
 * chains always end.
 */
@Entity
@Table(name = "support_groups")
public class Group {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int level;

    @Column(name = "escalates_to_id")
    private Long escalatesToId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = AssignmentModeConverter.class)
    private AssignmentMode assignment = AssignmentMode.MANUAL;

    @Column(name = "max_open_per_agent")
    private Integer maxOpenPerAgent;

    @Column(name = "sees_lower_levels")
    private boolean seesLowerLevels;

    protected Group() {
    }

    Group(String name, int level, Instant now) {
        this.name = name;
        this.level = level;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int level() {
        return level;
    }

    public Long escalatesToId() {
        return escalatesToId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AssignmentMode assignment() {
        return assignment;
    }

    /** How many open tickets one agent may hold before automatic assignment passes them by; null: no limit. */
    public Integer maxOpenPerAgent() {
        return maxOpenPerAgent;
    }

    /** Whether this group's agents see (and work) the tickets of groups of lower levels. */
    public boolean seesLowerLevels() {
        return seesLowerLevels;
    }

    public GroupRef ref() {
        return new GroupRef(id, name);
    }

    void rename(String name) {
        this.name = name;
    }

    void changeLevel(int level) {
        this.level = level;
    }

    void route(AssignmentMode assignment, Integer maxOpenPerAgent) {
        this.assignment = assignment;
        this.maxOpenPerAgent = maxOpenPerAgent;
    }

    void seeLowerLevels(boolean sees) {
        this.seesLowerLevels = sees;
    }

    void escalateTo(Long groupId) {
        this.escalatesToId = groupId;
    }
}
