package dev.atende.channel.email;

import java.nio.charset.StandardCharsets;

/** Raw e-mails for tests, written as a mail client would send them. */
final class Mails {

    private Mails() {
    }

    static byte[] plain(String messageId, String from, String subject, String body, String... extraHeaders) {
        var mail = new StringBuilder();
        if (messageId != null) {
            mail.append("Message-ID: <").append(messageId).append(">\r\n");
        }
        mail.append("From: ").append(from).append("\r\n")
                .append("To: suporte@atende.test\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: Wed, 25 Nov 2026 10:00:00 -0300\r\n");
        for (String header : extraHeaders) {
            mail.append(header).append("\r\n");
        }
        mail.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n").append(body).append("\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withAttachment(String messageId, String from, String subject, String html, String filename,
            byte[] file) {
        String mail = "Message-ID: <" + messageId + ">\r\nFrom: " + from + "\r\nTo: suporte@atende.test\r\n"
                + "Subject: " + subject + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n"
                + "--b1\r\nContent-Type: application/pdf; name=\"" + filename + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + filename + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(file) + "\r\n--b1--\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }
}
