package dev.atende.automation.internal;

import java.util.Arrays;
import java.util.Set;

/**
 * The fields conditions may test, each with its kind of value and the operators that make sense
 * for it. {@code changeKey} is the field's name in the ticket history, for "changed" tests.
 */
public enum ConditionField {
    STATUS("status", Kind.CODE, "status"),
    PRIORITY("priority", Kind.CODE, "priority"),
    CHANNEL("channel", Kind.CODE, null),
    GROUP("group", Kind.ID, "group"),
    ASSIGNEE("assignee", Kind.ID, "assignee"),
    CATEGORY("category", Kind.ID, "category"),
    CUSTOMER("customer", Kind.ID, null),
    ORGANIZATION("organization", Kind.ID, null),
    TAGS("tags", Kind.TAGS, "tags"),
    SUBJECT("subject", Kind.TEXT, "subject"),
    CUSTOMER_EMAIL("customer.email", Kind.TEXT, null),
    CUSTOMER_NAME("customer.name", Kind.TEXT, null),
    ARTICLE_BODY("article.body", Kind.TEXT, null),
    ARTICLE_SENDER("article.sender", Kind.CODE, null),
    ARTICLE_INTERNAL("article.internal", Kind.BOOLEAN, null),
    MINUTES_SINCE_CREATED("minutes_since_created", Kind.MINUTES, null),
    MINUTES_SINCE_UPDATED("minutes_since_updated", Kind.MINUTES, null),
    MINUTES_SINCE_CUSTOMER_REPLY("minutes_since_customer_reply", Kind.MINUTES, null),
    RATING_SCORE("rating.score", Kind.SCORE, null),
    RATING_GOOD("rating.good", Kind.BOOLEAN, null),
    RATING_COMMENT("rating.comment", Kind.TEXT, null);

    /** The kind of value a field holds, and what may be asked of it. */
    public enum Kind {
        TEXT(Set.of("is", "is_not", "contains", "not_contains", "starts_with", "ends_with", "matches")),
        CODE(Set.of("is", "is_not")),
        ID(Set.of("is", "is_not")),
        TAGS(Set.of("contains", "not_contains")),
        BOOLEAN(Set.of("is")),
        MINUTES(Set.of("gt", "lt")),
        /** A rating's score, 1 to 5 (the good/bad scale gives 5 or 1). */
        SCORE(Set.of("is", "is_not", "gt", "lt"));

        private final Set<String> ops;

        Kind(Set<String> ops) {
            this.ops = ops;
        }

        public Set<String> ops() {
            return ops;
        }
    }

    /** Ops on a ticket.updated event: whether the field changed, or changed to the value. */
    public static final Set<String> CHANGE_OPS = Set.of("changed", "changed_to");

    private final String code;
    private final Kind kind;
    private final String changeKey;

    ConditionField(String code, Kind kind, String changeKey) {
        this.code = code;
        this.kind = kind;
        this.changeKey = changeKey;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String changeKey() {
        return changeKey;
    }

    public boolean isArticleField() {
        return code.startsWith("article.");
    }

    /** Fields of the rating of a {@code ticket.rated} event. */
    public boolean isRatingField() {
        return code.startsWith("rating.");
    }

    public static ConditionField fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst().orElse(null);
    }
}
