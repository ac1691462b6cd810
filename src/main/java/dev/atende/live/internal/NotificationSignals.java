package dev.atende.live.internal;

import dev.atende.notification.NotificationAdded;
import dev.atende.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * Tells a person's own browsers that a notice arrived for them, once it is committed, so that the
 * bell's count rises without a reload. The signal names the kind and the ticket, no words: the
 * page asks for its count through the usual checks.
 */
@Component
class NotificationSignals {

    record NotificationSignal(String kind, long notificationId, long ticketId) {
    }

    private final SimpMessageSendingOperations broker;
    private final LiveSessions sessions;

    NotificationSignals(SimpMessageSendingOperations broker, LiveSessions sessions) {
        this.broker = broker;
        this.sessions = sessions;
    }

    @EventListener
    void on(NotificationAdded event) {
        AfterCommit.run(() -> {
            if (sessions.anyone()) {
                broker.convertAndSend(Topics.notifications(event.recipientId()),
                        new NotificationSignal(event.kind(), event.notificationId(), event.ticketId()));
            }
        });
    }
}
