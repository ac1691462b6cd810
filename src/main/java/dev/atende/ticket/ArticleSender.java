package dev.atende.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who wrote an article: the customer, someone on the team, or Atende itself. */
public enum ArticleSender {
    CUSTOMER, AGENT, SYSTEM;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
