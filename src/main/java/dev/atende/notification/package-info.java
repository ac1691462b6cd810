/**
 * In-app notices to agents: a mention in an internal note, a ticket assigned to them by someone
 * else (or by routing), a customer's reply on a ticket of theirs, an SLA deadline of theirs near
 * or missed. Made from the ticket and SLA modules' events after their transaction committed (the
 * ticket's change never waits for them), kept per person (the newest few hundred), shown by the
 * bell in the top bar and on {@code /notifications}, and announced to the person's own browser
 * through {@link dev.atende.notification.NotificationAdded} (the live module pushes it). The
 * e-mail notices are the e-mail channel's; each person turns in-app kinds on or off here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.atende.notification;
