package dev.atende.channel.email.internal;

import dev.atende.channel.email.IngestResult;
import dev.atende.channel.email.internal.outbound.Draft;
import dev.atende.channel.email.internal.outbound.MailComposer;
import dev.atende.channel.email.internal.outbound.Outbox;
import dev.atende.channel.email.internal.parsing.QuoteFolding;
import dev.atende.identity.User;
import dev.atende.identity.UserManagement;
import dev.atende.shared.EmailAddress;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.survey.AutomaticSenders;
import dev.atende.ticket.AttachmentLimits;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketIntake.IncomingMessage;
import dev.atende.ticket.Upload;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns one stored e-mail into a ticket or an article, inside the caller's transaction: our own
 * mail is ignored, a bounce becomes a note on the ticket it concerns, a reply joins its thread
 * (by Message-ID, then by the {@code [#number]} in the subject; a merged ticket's thread goes on in
 * the ticket it was merged into), anything else opens a ticket.
 */
@Component
public class MailProcessor {

    private static final Pattern NUMBER_TAG = Pattern.compile("\\[#(\\d{1,18})]");

    private final MailParsing parser;
    private final MailIndex index;
    private final TicketIntake intake;
    private final UserManagement users;
    private final AttachmentLimits limits;
    private final MessageSource messages;
    private final Outbox outbox;
    private final MailComposer composer;
    private final Locale locale;
    private final boolean followUpClosed;
    private final AutomaticSenders automaticSenders;

    MailProcessor(MailParsing parser, MailIndex index, TicketIntake intake, UserManagement users,
            AttachmentLimits limits, MessageSource messages, Outbox outbox, MailComposer composer,
            AutomaticSenders automaticSenders, @Value("${atende.default-locale:en}") String locale,
            @Value("${atende.mail.reply-to-closed:follow-up}") String replyToClosed) {
        this.automaticSenders = automaticSenders;
        this.followUpClosed = !"ignore".equalsIgnoreCase(replyToClosed);
        this.parser = parser;
        this.index = index;
        this.intake = intake;
        this.users = users;
        this.messages = messages;
        this.outbox = outbox;
        this.composer = composer;
        this.locale = Locales.supported(Locale.forLanguageTag(locale));
        this.limits = limits;
    }

    /** Thrown for a mail that cannot become a ticket (it stays stored as failed, with this reason). */
    public static final class Unprocessable extends RuntimeException {
        Unprocessable(String reason) {
            super(reason);
        }
    }

    IngestResult process(InboundMail mail, byte[] raw) {
        ParsedMail parsed = parser.parse(raw);
        if (parsed.from() == null || parsed.from().address() == null) {
            throw new Unprocessable("no sender address (From) in the mail");
        }
        String sender = parsed.from().address();
        Set<String> ours = index.ownAddresses();
        if (ours.contains(sender)) {
            return ignored(mail, "own-address");
        }
        if (parsed.bounce() != null) {
            return bounce(mail, parsed);
        }
        if (parsed.automated().any()) { // an auto-reply, a list, a bulk sender: no surveys to that address
            automaticSenders.seen(sender);
        }
        User author = author(parsed);
        boolean staff = author.role().worksTickets();
        Optional<Ticket> thread = thread(parsed);
        var files = fitting(parsed.attachments());
        var message = new IncomingMessage(author.id(), staff, parsed.subject(), body(parsed), contentType(parsed),
                files.kept(), Channel.EMAIL);
        if (thread.isPresent()) {
            Ticket ticket = thread.get();
            var article = intake.append(ticket.id(), message);
            if (article.isPresent()) {
                boolean verified = author.id() == ticket.customerId() || staff
                        || index.recipients(ticket.id()).contains(sender)
                        || (author.organizationId() != null && author.organizationId().equals(ticket.organizationId()));
                return done(mail, parsed, ticket.id(), article.get().id(), IngestResult.APPENDED,
                        verified ? null : "unverified-sender", !verified, ours, files.dropped());
            }
            if (!followUpClosed) {
                return ignored(mail, "ticket-closed");
            }
            Ticket followUp = intake.open(message, ticket.groupId());
            intake.noteFromSystem(followUp.id(), text("mail.note.followUp", Long.toString(ticket.number())), Channel.EMAIL);
            return done(mail, parsed, followUp.id(), null, IngestResult.CREATED, "follow-up-of-closed", false, ours,
                    files.dropped());
        }
        Ticket ticket = intake.open(message, index.groupOfMailbox(mail.mailboxId()).orElse(null));
        if (mail.mailboxId() != null) {
            index.assignMailbox(ticket.id(), mail.mailboxId());
        }
        acknowledge(ticket, author, parsed);
        return done(mail, parsed, ticket.id(), null, IngestResult.CREATED, null, false, ours, files.dropped());
    }

    private IngestResult done(InboundMail mail, ParsedMail parsed, long ticketId, Long articleId, String result,
            String reason, boolean unverified, Set<String> ours, List<String> dropped) {
        List<String> copied = new ArrayList<>();
        parsed.cc().forEach(a -> copied.add(a.address()));
        parsed.to().forEach(a -> copied.add(a.address()));
        copied.removeIf(a -> a == null || ours.contains(a) || a.equals(parsed.from().address()));
        index.addRecipients(ticketId, copied.stream().filter(a -> parsed.cc().stream()
                .anyMatch(c -> Objects.equals(c.address(), a))).toList());
        String messageId = parsed.messageId() != null ? parsed.messageId() : mail.messageId();
        if (articleId != null) {
            index.articleArrived(articleId, ticketId, mail.id(), parsed.from().address(), unverified);
        }
        index.remember(messageId, ticketId, articleId, false);
        if (!dropped.isEmpty()) {
            intake.noteFromSystem(ticketId, text("mail.note.filesDropped", limits.maxSize().toMegabytes(),
                    String.join(", ", dropped)), Channel.EMAIL);
        }
        return new IngestResult(result, ticketId, articleId, reason, mail.id());
    }

    private IngestResult bounce(InboundMail mail, ParsedMail parsed) {
        var bounce = parsed.bounce();
        Optional<Long> ticket = index.ticketOf(bounce.originalMessageId() == null ? List.of()
                : List.of(bounce.originalMessageId()));
        if (ticket.isEmpty()) {
            return ignored(mail, "bounce-unmatched");
        }
        var note = intake.noteFromSystem(ticket.get(), text("mail.note.bounce",
                Objects.toString(bounce.recipient(), "?"), Objects.toString(bounce.status(), "?"),
                Objects.toString(parsed.subject(), "")), Channel.EMAIL);
        return new IngestResult(IngestResult.APPENDED, ticket.get(), note.id(), "bounce", mail.id());
    }

    /**
     * Tells the customer their request arrived, unless the mail came from a machine (an
     * auto-reply, a list, a bulk sender) or this address had its share of automatic mail this
     * hour: two auto-responders must never answer each other forever.
     */
    private void acknowledge(Ticket ticket, User author, ParsedMail parsed) {
        if (!author.role().worksTickets() && !parsed.automated().any()
                && outbox.mayAutoReply(Draft.Kind.ACKNOWLEDGEMENT, author.email())) {
            outbox.enqueue(composer.acknowledgement(ticket, author));
        }
    }

    /** Notes are written once, in the installation's language ({@code atende.default-locale}). */
    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static IngestResult ignored(InboundMail mail, String reason) {
        return new IngestResult(IngestResult.IGNORED, null, null, reason, mail.id());
    }

    private User author(ParsedMail parsed) {
        EmailAddress address;
        try {
            address = new EmailAddress(parsed.from().address());
        } catch (InvalidInputException e) {
            throw new Unprocessable("the sender address is not usable: " + parsed.from().address());
        }
        String name = parsed.from().name();
        return users.findOrCreateCustomer(address, name == null || name.length() > 200 ? null : name);
    }

    /** By the thread's Message-IDs first (the reliable way), then by the ticket number in the subject. */
    private Optional<Ticket> thread(ParsedMail parsed) {
        List<String> ids = new ArrayList<>(parsed.inReplyTo());
        ids.addAll(parsed.references());
        Optional<Ticket> byId = index.ticketOf(ids).flatMap(intake::byId);
        if (byId.isPresent()) {
            return byId.map(intake::followingMerges); // a merged ticket's replies go where it was merged
        }
        Matcher tag = NUMBER_TAG.matcher(Objects.toString(parsed.subject(), ""));
        return (tag.find() ? intake.byNumber(Long.parseLong(tag.group(1))) : Optional.<Ticket>empty())
                .map(intake::followingMerges);
    }

    private static String body(ParsedMail parsed) {
        if (hasHtml(parsed)) {
            return parsed.html();
        }
        var quote = QuoteFolding.text(parsed.text());
        if (!quote.hasFolded()) {
            return parsed.text();
        }
        // plain text with quoted history: kept whole, the history marked so the view can fold it
        return paragraphs(quote.fresh()) + "<div class=\"quote\">" + paragraphs(quote.folded()) + "</div>";
    }

    private static String contentType(ParsedMail parsed) {
        return hasHtml(parsed) || QuoteFolding.text(parsed.text()).hasFolded() ? "text/html" : "text/plain";
    }

    private static boolean hasHtml(ParsedMail parsed) {
        return parsed.html() != null && !parsed.html().isBlank();
    }

    private static String paragraphs(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text.strip(), "UTF-8").replace("\n", "<br>") + "</p>";
    }

    private record Files(List<Upload> kept, List<String> dropped) {
    }

    /** Parts over the attachment limit are dropped with a note on the ticket, never the whole mail. */
    private Files fitting(List<ParsedMail.MailPart> parts) {
        List<Upload> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (var part : parts) {
            if (part.content().length > limits.maxSize().toBytes()) {
                dropped.add(part.filename());
            } else {
                byte[] content = part.content();
                kept.add(new Upload(part.filename(), part.contentType(), () -> new ByteArrayInputStream(content),
                        part.contentId()));
            }
        }
        return new Files(kept, dropped);
    }
}