package dev.atende.ticket.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The request bodies of the ticket API as the OpenAPI description shows them. The controllers
 * read bodies field by field (to tell "absent" from "null" and report every bad field at
 * once), so these records exist for the documentation only.
 */
final class TicketDocs {

    private TicketDocs() {
    }

    @Schema(name = "NewTicket")
    record NewTicketBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255) String subject,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "at most 1 MiB (UTF-8)") String body,
            @Schema(allowableValues = {"text/plain", "text/html"}, defaultValue = "text/plain",
                    description = "HTML is sanitized: scripts and event handlers go, the rest stays") String contentType,
            @Schema(description = "agents only: the requester, created when unknown") CustomerBody customer,
            @Schema(allowableValues = {"low", "normal", "high", "urgent"}, defaultValue = "normal") String priority,
            @Schema(description = "group id; default: the entry group (L1)") Long group,
            @Schema(description = "category id") Long category,
            @Schema(description = "at most 50; letters, digits and - _ . : / + #; stored lower-case") List<String> tags,
            @Schema(allowableValues = {"web", "email", "phone", "chat", "api", "messaging", "monitoring"},
                    defaultValue = "api") String channel) {
    }

    @Schema(name = "TicketCustomer")
    record CustomerBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email, String name) {
    }

    @Schema(name = "TicketPatch", description = "Only the fields present change; null clears assignee and category")
    record TicketPatchBody(
            @Schema(allowableValues = {"new", "open", "pending", "on_hold", "solved", "closed"}) String status,
            @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
            Long group, @Schema(nullable = true) Long assignee, @Schema(nullable = true) Long category,
            List<String> tags, @Schema(maxLength = 255) String subject) {
    }

    @Schema(name = "NewArticle")
    record NewArticleBody(
            @Schema(description = "required unless files come with it; at most 1 MiB") String body,
            @Schema(allowableValues = {"text/plain", "text/html"}, defaultValue = "text/plain") String contentType,
            @Schema(allowableValues = {"public", "internal"}, defaultValue = "public",
                    description = "internal notes: agents only, never shown to customers") String visibility) {
    }

    @Schema(name = "NewTicketLink")
    record NewLinkBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the other ticket's id") Long ticket,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"related", "duplicate_of",
                    "duplicated_by", "child_of", "parent_of"}, description = "this ticket is <type> the other") String type) {
    }

    @Schema(name = "TicketMerge")
    record MergeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "the id of the ticket to merge this one into") Long into) {
    }
}
