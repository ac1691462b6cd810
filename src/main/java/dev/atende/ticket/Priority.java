package dev.atende.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How soon a ticket needs attention; stored by rank so that sorting by priority works. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Priority fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    public int rank() {
        return ordinal();
    }
}
