package dev.atende.identity;

import java.util.Arrays;

/** How a group's new and waiting tickets find an agent (the routing module carries it out). */
public enum AssignmentMode {
    /** People assign by hand. */
    MANUAL,
    /** Each available agent in turn. */
    ROUND_ROBIN,
    /** The available agent with the fewest open tickets. */
    LEAST_LOADED,
    /** The best match of the category's required skills, ties by load. */
    SKILL_BASED;

    public String code() {
        return name().toLowerCase();
    }

    /** Parses the API spelling; null when it is not a mode. */
    public static AssignmentMode fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }
}
