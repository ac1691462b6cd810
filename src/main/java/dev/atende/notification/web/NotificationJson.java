package dev.atende.notification.web;

import dev.atende.notification.Notification;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Notices as the API shows them. */
final class NotificationJson {

    private NotificationJson() {
    }

    @Schema(name = "Notification")
    record Item(
            long id,
            @Schema(allowableValues = {"mention", "assigned", "customerReply", "slaWarning", "slaBreached"})
            String kind,
            @Schema(description = "the notice as a sentence in the caller's language",
                    example = "Ana Lima mentioned you on ticket #1042")
            String text,
            long ticketId,
            @Schema(description = "null when the caller may no longer see the ticket") Long ticketNumber,
            @Schema(description = "null when the caller may no longer see the ticket") String ticketSubject,
            @Schema(description = "who did it; null for the system (routing, SLA)") Long actorId,
            String actorName,
            @Schema(description = "SLA notices: the target (first_response, next_response, resolution)") String detail,
            Instant createdAt,
            @Schema(description = "null while unread") Instant readAt) {
    }

    @Schema(name = "NotificationPage")
    record Page(List<Item> items, int page, int size, long total) {
    }

    @Schema(name = "NotificationCount")
    record Count(@Schema(description = "the caller's unread notices") long unread) {
    }

    @Schema(name = "NotificationsRead")
    record Read(@Schema(description = "how many were unread and are now read") int read) {
    }

    @Schema(name = "NotificationPreferences", description = "the in-app notice kinds and whether each is on")
    record Preferences(Boolean mention, Boolean assigned, Boolean customerReply, Boolean sla) {
    }

    static Item of(Notification n, NotificationTexts texts, Locale locale) {
        return new Item(n.id(), n.kind().code(), texts.text(n, locale), n.ticketId(), n.ticketNumber(),
                n.ticketSubject(), n.actorId(), n.actorName(), n.detail(), n.createdAt(), n.readAt());
    }
}
