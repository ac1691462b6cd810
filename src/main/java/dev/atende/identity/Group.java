package dev.atende.identity;

import jakarta.persistence.Column;
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

    public GroupRef ref() {
        return new GroupRef(id, name);
    }

    void rename(String name) {
        this.name = name;
    }

    void changeLevel(int level) {
        this.level = level;
    }

    void escalateTo(Long groupId) {
        this.escalatesToId = groupId;
    }
}
