package dev.atende.notification;

import java.time.Instant;

/**
 * A notice as its recipient sees it. {@code ticketNumber} and {@code ticketSubject} are null when
 * the recipient may no longer see the ticket; {@code detail} is the SLA target's code for SLA
 * notices, else null.
 */
public record Notification(long id, NotificationKind kind, long ticketId, Long ticketNumber, String ticketSubject,
        Long actorId, String actorName, String detail, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
