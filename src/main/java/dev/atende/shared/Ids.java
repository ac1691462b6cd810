package dev.atende.shared;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers for collecting ids to look up in one query. */
public final class Ids {

    private Ids() {
    }

    public static Set<Long> nonNull(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
