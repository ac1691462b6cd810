package dev.atende.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atende.notifications.*}: how many notices are kept per person (older read ones go when a
 * new one arrives; unread ones always stay).
 */
@ConfigurationProperties("atende.notifications")
public record NotificationSettings(Integer keep) {

    public NotificationSettings {
        keep = keep == null || keep < 1 ? 500 : keep;
    }
}
