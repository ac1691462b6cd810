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

    /**
     * Loads these messages ahead of {@link #read}, in as few round trips as the protocol allows
     * (IMAP: one FETCH for the lot); a hint, which a folder may ignore.
     */
    void prefetch(List<RemoteMessage> messages) throws MailboxFailure;

    /** The message as the server holds it. */
    byte[] read(RemoteMessage message) throws MailboxFailure;

    /** Marks these messages for removal (call only once each is committed here). */
    void remove(List<RemoteMessage> messages) throws MailboxFailure;

    /** Commits the removals and disconnects. */
    @Override
    void close() throws MailboxFailure;

    /** Disconnects without waiting for anything; for a failure path. */
    void abandon();
}
