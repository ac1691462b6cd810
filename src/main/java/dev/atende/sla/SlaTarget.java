package dev.atende.sla;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an SLA promises: a first answer, an answer to each later customer message, a solution. */
public enum SlaTarget {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static SlaTarget fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }
}
