package dev.atende.channel.email.internal.polling;

import jakarta.mail.Message;

/** One message on the server: its unique id there (IMAP UIDVALIDITY:UID, POP3 UIDL) and size in bytes. */
record RemoteMessage(String uid, long size, Message handle) {

    /** Who sent it and about what, for telling an admin which message was left behind. */
    String describe() {
        try {
            String subject = handle.getSubject();
            return uid + (subject == null ? "" : " \"" + (subject.length() > 80 ? subject.substring(0, 80) + "…" : subject)
                    + "\"");
        } catch (Exception e) {
            return uid;
        }
    }
}
