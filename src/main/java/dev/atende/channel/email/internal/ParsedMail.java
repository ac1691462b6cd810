package dev.atende.channel.email.internal;

import java.time.Instant;
import java.util.List;

/**
 * What Atende needs from one e-mail, decoded: threading ids, people, subject, the body as plain
 * text and as sanitized HTML, files, and the markers that say a machine sent it.
 *
 * @param messageId   the Message-ID without angle brackets; null when the mail has none
 * @param inReplyTo   ids from In-Reply-To, without angle brackets
 * @param references  ids from References, oldest first, without angle brackets
 * @param date        the Date header; null when missing or unreadable
 * @param text        the body as plain text (from text/plain, else derived from the HTML); never null
 * @param html        the body as sanitized HTML (inline images as {@code cid:} references); null when the mail had no HTML
 * @param automated   what marks the mail as sent by a machine (never auto-reply to those)
 * @param bounce      the delivery report this mail is, or null when it is not one
 */
public record ParsedMail(String messageId, List<String> inReplyTo, List<String> references, String subject,
        MailAddress from, MailAddress replyTo, List<MailAddress> to, List<MailAddress> cc, Instant date, String text,
        String html, List<MailPart> attachments, Automation automated, Bounce bounce) {

    public ParsedMail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /** An address with its display name (decoded; may be null). The address is lower-cased. */
    public record MailAddress(String address, String name) {
    }

    /**
     * A file of the mail. {@code contentId} (without angle brackets) is set for inline parts
     * that the HTML refers to as {@code cid:...}; winmail.dat and nested messages are kept as
     * files too.
     */
    public record MailPart(String filename, String contentType, String contentId, boolean inline, byte[] content) {
    }

    /**
     * Machine-sent markers: {@code Auto-Submitted} other than "no" (RFC 3834), {@code Precedence}
     * bulk/list/junk, {@code X-Auto-Response-Suppress}, {@code List-Id}, or a bounce.
     */
    public record Automation(String autoSubmitted, String precedence, boolean autoResponseSuppress, String listId) {

        public static final Automation NONE = new Automation(null, null, false, null);

        public boolean any() {
            return (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) || precedence != null
                    || autoResponseSuppress || listId != null;
        }
    }

    /**
     * A delivery status notification (RFC 3464) or a recognizable bounce: which message it is
     * about (its Message-ID, when the report carries the original headers), and the recipient
     * and status that failed.
     */
    public record Bounce(String originalMessageId, String recipient, String status) {
    }
}
