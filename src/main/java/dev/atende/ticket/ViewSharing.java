package dev.atende.ticket;

import java.util.Arrays;

/** Who sees a saved view besides its owner: nobody, the agents of chosen groups, every agent. */
public enum ViewSharing {
    PERSONAL("personal"), GROUPS("groups"), EVERYONE("everyone");

    private final String code;

    ViewSharing(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isShared() {
        return this != PERSONAL;
    }

    /** The sharing for this code, or null when there is none. */
    public static ViewSharing fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(null);
    }
}
