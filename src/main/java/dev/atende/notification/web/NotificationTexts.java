package dev.atende.notification.web;

import dev.atende.notification.Notification;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's sentence in the reader's language (the reader is always its recipient), made when
 * it is shown: a notice stores ids and codes, never words.
 */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(Notification n, Locale locale) {
        String ticket = n.ticketNumber() == null ? message("notification.ticketHidden", locale)
                : messages.getMessage("notification.ticket", new Object[] {String.valueOf(n.ticketNumber())}, locale);
        String actor = n.actorName() != null ? n.actorName() : message("notification.text.someone", locale);
        String target = n.detail() == null ? ""
                : messages.getMessage("notification.target." + n.detail(), null, n.detail(), locale);
        String key = switch (n.kind()) {
            case ASSIGNED -> n.actorId() == null ? "notification.text.assignedBySystem" : "notification.text.assigned";
            default -> "notification.text." + n.kind().code();
        };
        return messages.getMessage(key, new Object[] {actor, ticket, target}, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
