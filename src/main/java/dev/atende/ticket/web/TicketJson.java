package dev.atende.ticket.web;

import dev.atende.identity.GroupRef;
import dev.atende.identity.OrganizationRef;
import dev.atende.identity.UserRef;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketDeadlines;
import dev.atende.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
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
            long version,
            @Schema(description = "agents and admins only: the SLA policy, each target's due time (null without a "
                    + "promise or while paused), the next deadline, when its warning falls, and the missed targets; "
                    + "null when no policy covers the ticket") TicketDeadlines.Deadlines sla,
            @Schema(description = "the ticket this one was merged into (it is then closed and tagged `merged`); "
                    + "null when not merged") TicketRef mergedInto) {
    }

    /** Another ticket, by id and number. */
    record TicketRef(long id, String number) {
    }

    record AttachmentView(long id, String filename, String contentType, long size, String url) {
    }

    record ArticleView(long id, long ticketId, UserRef author, ArticleSender sender, String visibility,
            String contentType, String body, Channel channel, Instant createdAt, List<AttachmentView> attachments,
            @Schema(description = "the number of the merged ticket this article was copied from; else null")
            String mergedFrom) {
    }

    record HistoryView(long id, Instant at, UserRef actor, String field, String from, String to, String note) {
    }
}
