package dev.atende.channel.email.web;

import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.MailSecurity;
import dev.atende.channel.email.MailboxChanges;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * Reads a mailbox body (create or change) field by field, reporting every bad field in one 422;
 * the records below document the body in OpenAPI.
 */
final class MailboxRequests {

    private MailboxRequests() {
    }

    static MailboxChanges read(JsonNode body) {
        var problems = new InvalidInputException.Collector();
        var in = new PatchReader(body);
        var name = in.string("name", 100, false);
        var address = in.string("address", 254, false);
        var protocol = in.code("protocol", MailProtocol::fromCode);
        var security = in.code("security", MailSecurity::fromCode);
        var host = in.string("host", 253, true);
        var port = integer(in, body, "", "port", problems);
        var username = in.string("username", 254, true);
        var password = in.exact("password", 200);
        var folder = in.string("folder", 200, true);
        var group = in.id("group");
        var interval = integer(in, body, "", "pollIntervalSeconds", problems);
        var active = in.bool("active");
        Change<MailboxChanges.Smtp> smtp = Change.absent();
        in.accept("smtp");
        if (body.has("smtp")) {
            JsonNode node = body.get("smtp");
            smtp = node.isNull() ? Change.to(null) : Change.to(smtp(node, problems));
        }
        collect(in, problems);
        problems.throwIfAny();
        return new MailboxChanges(name, address, protocol, security, host, port, username, password, folder, group,
                interval, active, smtp);
    }

    private static MailboxChanges.Smtp smtp(JsonNode node, InvalidInputException.Collector problems) {
        PatchReader in;
        try {
            in = new PatchReader(node, "smtp");
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
            return null;
        }
        var smtp = new MailboxChanges.Smtp(in.string("host", 253, true), integer(in, node, "smtp.", "port", problems),
                in.code("security", MailSecurity::fromCode), in.string("username", 254, true),
                in.exact("password", 200));
        collect(in, problems);
        return smtp;
    }

    /** A whole number, or null to take the default. */
    private static Change<Integer> integer(PatchReader in, JsonNode body, String prefix, String field,
            InvalidInputException.Collector problems) {
        in.accept(field);
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(null);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(prefix + field, "error.mailbox.number");
            return Change.absent();
        }
        return Change.to(node.asInt());
    }

    private static void collect(PatchReader in, InvalidInputException.Collector problems) {
        try {
            in.done();
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
        }
    }

    @Schema(name = "MailboxBody", description = "Create: name, address and (when active) host, username and password "
            + "are required. Change: only the fields present change.")
    record Body(@Schema(maxLength = 100) String name,
            @Schema(maxLength = 254, description = "unique; the From of replies") String address,
            @Schema(allowableValues = {"imap", "pop3"}, defaultValue = "imap") String protocol,
            @Schema(allowableValues = {"tls", "starttls", "none"}, defaultValue = "tls") String security,
            @Schema(maxLength = 253) String host,
            @Schema(minimum = "1", maximum = "65535", description = "default: 993/995 with tls, else 143/110") Integer port,
            @Schema(maxLength = 254) String username,
            @Schema(maxLength = 200, description = "write-only; absent keeps the stored one") String password,
            @Schema(maxLength = 200, defaultValue = "INBOX") String folder,
            @Schema(description = "group id for new tickets") Long group,
            @Schema(minimum = "10", maximum = "86400", defaultValue = "60") Integer pollIntervalSeconds,
            @Schema(defaultValue = "true", description = "active mailboxes are polled") Boolean active,
            @Schema(nullable = true, description = "null removes it") SmtpBody smtp) {
    }

    @Schema(name = "MailboxSmtpBody")
    record SmtpBody(@Schema(maxLength = 253) String host,
            @Schema(minimum = "1", maximum = "65535", description = "default: 465 tls, 587 starttls, 25 none") Integer port,
            @Schema(allowableValues = {"tls", "starttls", "none"}, defaultValue = "starttls") String security,
            @Schema(maxLength = 254) String username, @Schema(maxLength = 200, description = "write-only") String password) {
    }
}
