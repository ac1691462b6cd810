package dev.atende.automation;

import java.util.Arrays;

/**
 * What a trigger waits for: ticket changes, the SLA module's warnings and breaches, and a
 * customer's rating of a solved ticket (the survey module's).
 */
public enum RuleEvent {
    TICKET_CREATED("ticket.created"), TICKET_UPDATED("ticket.updated"), ARTICLE_ADDED("article.added"),
    SLA_WARNING("sla.warning"), SLA_BREACHED("sla.breached"), TICKET_RATED("ticket.rated");

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
