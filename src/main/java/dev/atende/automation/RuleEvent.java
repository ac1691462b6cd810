package dev.atende.automation;

import java.util.Arrays;

/**
 * What a trigger waits for: ticket changes, and the SLA module's warnings and breaches.
 */
public enum RuleEvent {
    TICKET_CREATED("ticket.created"), TICKET_UPDATED("ticket.updated"), ARTICLE_ADDED("article.added"),
    SLA_WARNING("sla.warning"), SLA_BREACHED("sla.breached");

    private final String code;

    RuleEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RuleEvent fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst().orElse(null);
    }
}
