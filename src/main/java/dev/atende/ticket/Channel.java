package dev.atende.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where a ticket or article came in. */
public enum Channel {
    WEB, EMAIL, PHONE, CHAT, API, MESSAGING, MONITORING;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Channel fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
