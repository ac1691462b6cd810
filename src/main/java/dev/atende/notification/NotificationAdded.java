package dev.atende.notification;

/** A notice was stored for a person (published in the transaction that stored it). */
public record NotificationAdded(long notificationId, long recipientId, String kind, long ticketId) {
}
