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
 * A reusable reply text with placeholders ({@link Placeholders}), in one language ({@code locale}
 * "pt-BR" or "en") or for all (null).
 */
@Entity
@Table(name = "automation_canned_responses")
public class CannedResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(columnDefinition = "text")
    private String body;

    private String locale;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    CannedResponse(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void define(String name, String body, String locale, Instant now) {
        this.name = name;
        this.body = body;
        this.locale = locale;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public String locale() {
        return locale;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
