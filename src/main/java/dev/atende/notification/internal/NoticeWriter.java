package dev.atende.notification.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.notification.NotificationAdded;
import dev.atende.notification.NotificationKind;
import dev.atende.notification.NotificationSettings;
import dev.atende.notification.Notifications;
import java.time.Clock;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a notice for an agent unless it is their own doing, they are no longer an active agent,
 * they turned this kind off in the app, or it was already stored (a re-delivered event); then
 * keeps the person's list to its size by forgetting their oldest read notices.
 */
@Component
class NoticeWriter {

    private final NotificationRecords records;
    private final Notifications notifications;
    private final Directory directory;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeWriter(NotificationRecords records, Notifications notifications, Directory directory,
            NotificationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.notifications = notifications;
        this.directory = directory;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a notice was stored. */
    @Transactional
    boolean tell(long recipientId, NotificationKind kind, long ticketId, Long actorId, Long articleId, String detail) {
        if (Objects.equals(recipientId, actorId)) {
            return false; // nobody needs to be told what they did themselves
        }
        boolean agent = directory.user(recipientId).filter(User::isActive).filter(u -> u.role().worksTickets())
                .isPresent();
        if (!agent || notifications.turnedOff(recipientId).contains(kind.preference())) {
            return false;
        }
        if (articleId != null && records.existsByRecipientIdAndKindAndArticleId(recipientId, kind.code(), articleId)) {
            return false;
        }
        NotificationRecord record = records.save(new NotificationRecord(recipientId, kind, ticketId, actorId, articleId,
                detail, clock.instant()));
        prune(recipientId);
        events.publishEvent(new NotificationAdded(record.id(), recipientId, kind.code(), ticketId));
        return true;
    }

    private void prune(long recipientId) {
        records.nthNewest(recipientId, settings.keep() - 1)
                .ifPresent(oldestKept -> records.pruneReadBelow(recipientId, oldestKept));
    }
}
