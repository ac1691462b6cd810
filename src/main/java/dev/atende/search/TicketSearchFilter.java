package dev.atende.search;

import java.time.Instant;
import java.util.Set;

/** Narrows a ticket search: statuses and channels (API codes), a group, a creation period. */
public record TicketSearchFilter(Set<String> statuses, Long groupId, Set<String> channels, Instant createdFrom,
        Instant createdTo) {

    public static final TicketSearchFilter NONE = new TicketSearchFilter(Set.of(), null, Set.of(), null, null);

    public TicketSearchFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }
}
