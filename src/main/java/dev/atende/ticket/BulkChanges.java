package dev.atende.ticket;

import dev.atende.shared.Change;
import java.util.List;

/**
 * One change for many tickets: each field absent (left alone) or present; {@code assignee}
 * present with null unassigns. Tags are added and removed rather than replaced, so that each
 * ticket keeps its own.
 */
public record BulkChanges(Change<TicketStatus> status, Change<Priority> priority, Change<Long> assignee,
        List<String> addTags, List<String> removeTags) {

    public BulkChanges {
        addTags = addTags == null ? List.of() : addTags.stream().filter(java.util.Objects::nonNull).toList();
        removeTags = removeTags == null ? List.of() : removeTags.stream().filter(java.util.Objects::nonNull).toList();
    }

    public boolean isEmpty() {
        return !status.present() && !priority.present() && !assignee.present() && addTags.isEmpty()
                && removeTags.isEmpty();
    }
}
