package dev.atende.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reusable reply text with placeholders ({@link Placeholders}), in one language ({@code locale}
 * "pt-BR" or "en") or for all (null).
 */
@Entity
@Table(name = "automation_canned_responses")
public class CannedResponse extends AutomationRecord {

    @Column(columnDefinition = "text")
    private String body;

    private String locale;

    protected CannedResponse() {
    }

    CannedResponse(Instant now) {
        super(now);
    }

    void define(String name, String body, String locale, Instant now) {
        changed(name, now);
        this.body = body;
        this.locale = locale;
    }

    public String body() {
        return body;
    }

    public String locale() {
        return locale;
    }
}
