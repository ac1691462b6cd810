package dev.atende.ticket;

import dev.atende.shared.Change;
import java.util.List;

/** A partial update of a ticket; each field absent (unchanged) or present (possibly null). */
public record TicketChanges(Change<TicketStatus> status, Change<Priority> priority, Change<Long> group,
        Change<Long> assignee, Change<Long> category, Change<List<String>> tags, Change<String> subject) {

    public static TicketChanges none() {
        return new TicketChanges(Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent());
    }

    boolean touchesMoreThanStatus() {
        return priority.present() || group.present() || assignee.present() || category.present() || tags.present()
                || subject.present();
    }
}
