package dev.atende.channel.email.internal.polling;

import java.util.List;

/**
 * An open mailbox folder on a mail server. Removals are marked one by one and take effect on
 * {@link #close()} (IMAP expunge, POP3 QUIT); a connection lost before that removes nothing.
 */
interface RemoteFolder extends AutoCloseable {

    /** Messages in the folder. */
    int count() throws MailboxFailure;

    /** Up to {@code limit} messages not marked removed, oldest first. */
    List<RemoteMessage> first(int limit) throws MailboxFailure;

    /** The message exactly as the server holds it. */
    byte[] read(RemoteMessage message) throws MailboxFailure;

    /** Marks the message for removal (call only once it is committed here). */
    void remove(RemoteMessage message) throws MailboxFailure;

    /** Commits the removals and disconnects. */
    @Override
    void close() throws MailboxFailure;

    /** Disconnects without waiting for anything; for a failure path. */
    void abandon();
}
