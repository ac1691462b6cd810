package dev.atende.automation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which triggers led to a change, as carried in the ticket events' {@code origin}:
 * {@code "trigger:3>7"} is a change trigger 7 made in reaction to one trigger 3 made. A trigger
 * on the chain does not fire again (its own changes do not re-fire it, nor do loops through
 * others), and the chain stops at {@link #MAX_DEPTH}.
 */
public record Origin(List<Long> chain) {

    public static final int MAX_DEPTH = 5;
    static final String PREFIX = "trigger:";
    public static final Origin NONE = new Origin(List.of());

    public Origin {
        chain = List.copyOf(chain);
    }

    /** The chain in an event's origin; anything else (a person, a scheduled rule) starts none. */
    public static Origin parse(String origin) {
        if (origin == null || !origin.startsWith(PREFIX)) {
            return NONE;
        }
        List<Long> ids = new ArrayList<>();
        for (String part : origin.substring(PREFIX.length()).split(">")) {
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                return NONE;
            }
        }
        return new Origin(ids);
    }

    public boolean contains(long triggerId) {
        return chain.contains(triggerId);
    }

    public int depth() {
        return chain.size();
    }

    public String then(long triggerId) {
        List<Long> next = new ArrayList<>(chain);
        next.add(triggerId);
        StringBuilder out = new StringBuilder(PREFIX);
        for (int i = 0; i < next.size(); i++) {
            out.append(i == 0 ? "" : ">").append(next.get(i));
        }
        return out.toString();
    }
}
