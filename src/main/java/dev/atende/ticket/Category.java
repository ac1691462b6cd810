package dev.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a ticket is about, in a tree ("Acesso > Senha"). Routing adds groups and skills. */
@Entity
@Table(name = "ticket_categories")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "parent_id")
    private Long parentId;

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
}
