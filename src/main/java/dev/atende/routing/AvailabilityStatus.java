package dev.atende.routing;

import java.util.Arrays;

/** Whether an agent takes new tickets now. Only online agents are assigned automatically. */
public enum AvailabilityStatus {
    ONLINE, AWAY, OFFLINE;

    public String code() {
        return name().toLowerCase();
    }

    /** Parses the API spelling; null when it is not a status. */
    public static AvailabilityStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
