package dev.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a ticket is about, in a tree ("Acesso > Senha"), with the group its tickets go to when
 * nobody names one and how hard its problems are (complexity 1-3). Routing adds required skills.
 */
@Entity
@Table(name = "ticket_categories")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "default_group_id")
    private Long defaultGroupId;

    private int complexity = 1;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Category() {
    }

    Category(String name, Long parentId, Instant createdAt) {
        this.name = name;
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public Long defaultGroupId() {
        return defaultGroupId;
    }

    public int complexity() {
        return complexity;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveUnder(Long parentId) {
        this.parentId = parentId;
    }

    void routeTo(Long groupId) {
        this.defaultGroupId = groupId;
    }

    void rate(int complexity) {
        this.complexity = complexity;
    }
}
