package dev.atende.channel.email.internal;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * A plain Jakarta Mail reading of a message, standing in until the full parser (charset
 * repair, bounces, inline parts) is wired in: subject, people, threading ids, text or HTML
 * body, attached files.
 */
@Component
class InterimMailParsing implements MailParsing {

    private static final Session SESSION = Session.getInstance(properties());

    @Override
    public ParsedMail parse(byte[] raw) {
        try {
            var message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            var body = new Body();
            walk(message, body);
            String messageId = ids(message.getHeader("Message-ID")).stream().findFirst().orElse(null);
            return new ParsedMail(messageId, ids(message.getHeader("In-Reply-To")), ids(message.getHeader("References")),
                    message.getSubject(), first(message.getFrom()), first(message.getReplyTo()),
                    all(message.getRecipients(MimeMessage.RecipientType.TO)),
                    all(message.getRecipients(MimeMessage.RecipientType.CC)),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    body.text == null ? "" : body.text, body.html == null ? null : dev.atende.shared.SafeHtml.sanitize(body.html),
                    body.files, new ParsedMail.Automation(header(message, "Auto-Submitted"), precedence(message),
                            header(message, "X-Auto-Response-Suppress") != null, header(message, "List-Id")),
                    null);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable mail: " + e.getMessage(), e);
        }
    }

    private static final class Body {
        String text;
        String html;
        final List<ParsedMail.MailPart> files = new ArrayList<>();
    }

    private static void walk(Part part, Body body) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                walk(multi.getBodyPart(i), body);
            }
        } else if (part.getFileName() == null && part.isMimeType("text/plain") && body.text == null) {
            body.text = String.valueOf(part.getContent());
        } else if (part.getFileName() == null && part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        } else {
            String name = part.getFileName() == null ? "attachment.bin" : part.getFileName();
            String[] id = part instanceof jakarta.mail.internet.MimePart mime ? mime.getHeader("Content-ID") : null;
            byte[] content = part.getInputStream().readAllBytes();
            body.files.add(new ParsedMail.MailPart(name, part.getContentType().split(";")[0].strip(),
                    id == null ? null : ids(id).stream().findFirst().orElse(null), Part.INLINE.equalsIgnoreCase(
                            part.getDisposition()), content));
        }
    }

    private static List<String> ids(String[] headers) {
        if (headers == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String header : headers) {
            for (String token : header.split("[\\s,]+")) {
                String id = token.replace("<", "").replace(">", "").strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static ParsedMail.MailAddress first(Address[] addresses) {
        List<ParsedMail.MailAddress> all = all(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<ParsedMail.MailAddress> all(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses).filter(InternetAddress.class::isInstance).map(InternetAddress.class::cast)
                .filter(a -> a.getAddress() != null)
                .map(a -> new ParsedMail.MailAddress(a.getAddress().toLowerCase(Locale.ROOT), a.getPersonal())).toList();
    }

    private static String header(MimeMessage message, String name) throws Exception {
        return message.getHeader(name, ",");
    }

    private static String precedence(MimeMessage message) throws Exception {
        String value = header(message, "Precedence");
        return value != null && value.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk") ? value.strip() : null;
    }

    private static Properties properties() {
        var props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.parameters.strict", "false");
        props.setProperty("mail.mime.base64.ignoreerrors", "true");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        props.setProperty("mail.mime.allowutf8", "true");
        return props;
    }
}
