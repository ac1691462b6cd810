package dev.atende.reporting;

import java.util.Arrays;

/** What volumes can be broken down by. */
public enum Dimension {
    CHANNEL("channel"), GROUP("group_id"), AGENT("assignee_id"), CATEGORY("category_id"),
    ORGANIZATION("organization_id"), PRIORITY("priority");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** The column of {@code ticket_facts} it groups by. */
    public String column() {
        return column;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Dimension fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst().orElse(null);
    }
}
