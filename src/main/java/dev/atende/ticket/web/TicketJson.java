package dev.atende.ticket.web;

import dev.atende.identity.GroupRef;
import dev.atende.identity.OrganizationRef;
import dev.atende.identity.UserRef;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The API's JSON shapes for tickets, articles, attachments and history. */
final class TicketJson {

    private TicketJson() {
    }

    record CategoryRef(long id, String name) {
    }

    record TicketView(long id, String number, String subject, TicketStatus status, Priority priority, Channel channel,
            UserRef customer, OrganizationRef organization, GroupRef group, UserRef assignee, CategoryRef category,
            Set<String> tags, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt,
            long version) {
    }

    record AttachmentView(long id, String filename, String contentType, long size, String url) {
    }

    record ArticleView(long id, long ticketId, UserRef author, ArticleSender sender, String visibility,
            String contentType, String body, Channel channel, Instant createdAt, List<AttachmentView> attachments) {
    }

    record HistoryView(long id, Instant at, UserRef actor, String field, String from, String to, String note) {
    }
}
