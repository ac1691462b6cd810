package dev.atende.ticket;

import java.util.List;

/**
 * A request to open a ticket. Codes ({@code priority}, {@code channel}) are in API spelling and
 * checked by the service; {@code customerEmail} is for agents naming the customer.
 */
public record NewTicket(String subject, String body, String contentType, String customerEmail,
        String customerName, String priority, Long groupId, Long categoryId, List<String> tags, String channel,
        List<Upload> uploads) {
}
