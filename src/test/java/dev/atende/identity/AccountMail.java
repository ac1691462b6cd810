package dev.atende.identity;

import dev.atende.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail about an account as the person reads it: subject, plain text, HTML and the link in it. */
record AccountMail(String subject, String text, String html) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/password\\?token=[A-Za-z0-9_-]+");

    /** The last of {@code count} mails to arrive at this address. */
    static AccountMail latest(String address, int count) {
        List<MimeMessage> mails = TestMail.await(address, count);
        return of(mails.get(mails.size() - 1));
    }

    static AccountMail of(MimeMessage message) {
        try {
            var parts = new String[2];
            collect(message, parts);
            return new AccountMail(message.getSubject(), parts[0], parts[1]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws Exception {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, parts);
            }
        }
    }

    /** The link to choose a password, from the plain-text part. */
    String link() {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link in: " + text);
        }
        return m.group();
    }

    /** The link as a path on the server (the base URL of the tests is not the random port). */
    String path() {
        String link = link();
        return link.substring(link.indexOf("/account/password"));
    }

    String token() {
        return link().substring(link().indexOf("token=") + 6);
    }
}
