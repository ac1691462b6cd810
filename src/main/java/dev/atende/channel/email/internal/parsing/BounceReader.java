package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail.Bounce;
import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a bounce: a delivery status notification (RFC 3464, multipart/report with a
 * message/delivery-status part), or a classic one from MAILER-DAEMON or postmaster whose subject
 * says the mail was not delivered. Reads which message it is about (from the returned message or
 * headers), the recipient that failed and the status.
 */
final class BounceReader {

    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)(delivery status notification|undeliver"
            + "|returned mail|delivery fail|failure notice|mail delivery|could not be delivered|not delivered"
            + "|non remis|unzustellbar|n[ãa]o (foi )?entregue|falha n[ao] entrega|no se pudo entregar|rejected)");
    private static final Pattern DAEMON = Pattern.compile("(?i)^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)(@|$)");
    private static final Pattern STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern RECIPIENT = Pattern.compile("(?i)(?:final|original)-recipient:\\s*(?:rfc822;)?\\s*<?([^\\s<>;]+@[^\\s<>;]+)");
    private static final Pattern ADDRESS = Pattern.compile("<?([\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+)>?");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^\\s*message-id:\\s*(\\S.*)$");

    private BounceReader() {
    }

    static Bounce read(MimeEntity root, MailAddress from, String subject, String text) {
        MimeEntity status = find(root, "message", "delivery-status", 0);
        if (status != null) {
            return fromReport(root, status);
        }
        boolean daemon = from != null && DAEMON.matcher(from.address()).find();
        if (daemon && subject != null && BOUNCE_SUBJECT.matcher(subject).find()) {
            return fromText(root, from, text);
        }
        return null;
    }

    /** The first recipient that failed, else the first one named. */
    private static Bounce fromReport(MimeEntity root, MimeEntity status) {
        String recipient = null;
        String code = null;
        boolean chosenFailed = false;
        for (MimeHeaders block : MimeReader.headerBlocks(status.body())) {
            String blockRecipient = recipient(block.get("Final-Recipient"));
            if (blockRecipient == null) {
                blockRecipient = recipient(block.get("Original-Recipient"));
            }
            if (blockRecipient == null) {
                continue;
            }
            String blockStatus = block.get("Status") == null ? null : firstWord(block.get("Status"));
            String action = block.get("Action");
            boolean failed = (action != null && action.toLowerCase(Locale.ROOT).contains("fail"))
                    || (blockStatus != null && blockStatus.startsWith("5"));
            if (recipient == null || failed && !chosenFailed) {
                recipient = blockRecipient;
                code = blockStatus;
                chosenFailed = failed;
            }
        }
        return new Bounce(originalMessageId(root, null), recipient, code);
    }

    private static Bounce fromText(MimeEntity root, MailAddress from, String text) {
        String body = text == null ? "" : text;
        String recipient = null;
        Matcher named = RECIPIENT.matcher(body);
        if (named.find()) {
            recipient = named.group(1).toLowerCase(Locale.ROOT);
        } else {
            Matcher address = ADDRESS.matcher(body);
            while (address.find() && recipient == null) {
                String candidate = address.group(1).toLowerCase(Locale.ROOT);
                if (!DAEMON.matcher(candidate).find() && !candidate.equals(from.address())) {
                    recipient = candidate;
                }
            }
        }
        Matcher status = STATUS.matcher(body);
        return new Bounce(originalMessageId(root, body), recipient, status.find() ? status.group(1) : null);
    }

    /** From the returned message or its headers; failing those, a Message-ID line quoted in the text. */
    private static String originalMessageId(MimeEntity root, String text) {
        MimeEntity returned = find(root, "message", "rfc822", 0);
        if (returned != null) {
            MimeEntity message = returned.message();
            String id = message == null ? null : MessageIds.first(message.headers().get("Message-ID"));
            if (id != null) {
                return id;
            }
        }
        MimeEntity headers = find(root, "text", "rfc822-headers", 0);
        if (headers != null) {
            List<MimeHeaders> blocks = MimeReader.headerBlocks(headers.body());
            if (!blocks.isEmpty() && blocks.get(0).get("Message-ID") != null) {
                return MessageIds.first(blocks.get(0).get("Message-ID"));
            }
        }
        if (text != null) {
            Matcher line = MESSAGE_ID.matcher(text);
            if (line.find()) {
                return MessageIds.first(line.group(1));
            }
        }
        return null;
    }

    private static String recipient(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String address = (semicolon >= 0 ? field.substring(semicolon + 1) : field).replaceAll("[<>\\s]", "");
        return address.isEmpty() ? null : address.toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String value) {
        String trimmed = value.strip();
        int blank = trimmed.indexOf(' ');
        return blank < 0 ? trimmed : trimmed.substring(0, blank);
    }

    private static MimeEntity find(MimeEntity entity, String type, String subtype, int depth) {
        if (entity.type().is(type, subtype) && !entity.hasChildren()) {
            return entity;
        }
        if (depth > 5) {
            return null;
        }
        for (MimeEntity child : entity.children()) {
            MimeEntity found = find(child, type, subtype, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
