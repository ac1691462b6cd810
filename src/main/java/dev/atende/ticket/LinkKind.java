package dev.atende.ticket;

import java.util.Arrays;

/**
 * How one ticket relates to another, read from the first ticket's side. Each relation has its
 * reverse (a child's parent, a duplicate's original); "related" is its own reverse. Only
 * {@link #RELATED}, {@link #DUPLICATE_OF} and {@link #CHILD_OF} are stored; the others are the
 * same rows read from the other side.
 */
public enum LinkKind {
    RELATED, DUPLICATE_OF, DUPLICATED_BY, CHILD_OF, PARENT_OF;

    public String code() {
        return name().toLowerCase();
    }

    public static LinkKind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }

    /** The same relation read from the other ticket. */
    public LinkKind reverse() {
        return switch (this) {
            case RELATED -> RELATED;
            case DUPLICATE_OF -> DUPLICATED_BY;
            case DUPLICATED_BY -> DUPLICATE_OF;
            case CHILD_OF -> PARENT_OF;
            case PARENT_OF -> CHILD_OF;
        };
    }

    /** Whether rows store this kind as it is (else they store the reverse, from the other side). */
    boolean stored() {
        return this == RELATED || this == DUPLICATE_OF || this == CHILD_OF;
    }
}
