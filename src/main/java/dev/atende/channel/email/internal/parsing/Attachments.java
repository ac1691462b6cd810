package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail.MailPart;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/**
 * Files of a mail as {@link MailPart}s: the sender's file name decoded and stripped of any path,
 * or a name made from the type when there is none ({@code image.png}, {@code message.eml},
 * {@code attachment.bin}).
 */
final class Attachments {

    private static final int MAX_NAME = 200;
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("message/rfc822", "message.eml"), Map.entry("message/global", "message.eml"),
            Map.entry("application/ms-tnef", "winmail.dat"), Map.entry("application/vnd.ms-tnef", "winmail.dat"),
            Map.entry("text/plain", "attachment.txt"), Map.entry("text/html", "attachment.html"),
            Map.entry("text/calendar", "invite.ics"), Map.entry("text/csv", "attachment.csv"),
            Map.entry("text/x-vcard", "contact.vcf"), Map.entry("text/vcard", "contact.vcf"),
            Map.entry("message/delivery-status", "delivery-status.txt"),
            Map.entry("message/disposition-notification", "disposition-notification.txt"),
            Map.entry("text/rfc822-headers", "headers.txt"), Map.entry("application/pdf", "attachment.pdf"),
            Map.entry("application/pgp-signature", "signature.asc"), Map.entry("application/pkcs7-signature", "smime.p7s"),
            Map.entry("application/x-pkcs7-signature", "smime.p7s"), Map.entry("application/zip", "attachment.zip"),
            Map.entry("image/jpeg", "image.jpg"), Map.entry("image/pjpeg", "image.jpg"), Map.entry("image/svg+xml", "image.svg"));

    private Attachments() {
    }

    static MailPart of(MimeEntity part, boolean inline) {
        MediaType type = part.type();
        String contentType = type.baseType();
        String charset = type.param("charset");
        if (type.isText() && charset != null && !charset.isBlank()) {
            contentType += "; charset=" + charset.strip();
        }
        return new MailPart(name(part), contentType, part.contentId(), inline, part.body());
    }

    static MailPart of(Uuencode.File file) {
        String name = clean(file.name());
        String type = URLConnection.guessContentTypeFromName(name);
        return new MailPart(name.isEmpty() ? "attachment.bin" : name, type == null ? "application/octet-stream" : type,
                null, false, file.content());
    }

    static String name(MimeEntity part) {
        String given = part.filename();
        String name = given == null ? "" : clean(given);
        return name.isEmpty() ? byType(part.type()) : name;
    }

    /** The last path component, without control characters, of a sane length. */
    static String clean(String name) {
        String clean = name.replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
        int slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
        clean = clean.substring(slash + 1).strip();
        if (clean.equals(".") || clean.equals("..")) {
            return "";
        }
        if (clean.length() > MAX_NAME) {
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return clean;
    }

    static String byType(MediaType type) {
        String known = NAMES.get(type.baseType());
        if (known != null) {
            return known;
        }
        String subtype = type.subtype().toLowerCase(Locale.ROOT).replaceFirst("^x-", "");
        boolean usable = subtype.matches("[a-z0-9]{1,8}");
        switch (type.type()) {
            case "image", "audio", "video":
                return type.type() + "." + (usable ? subtype : "bin");
            case "text":
                return "attachment.txt";
            default:
                return "attachment.bin";
        }
    }
}
