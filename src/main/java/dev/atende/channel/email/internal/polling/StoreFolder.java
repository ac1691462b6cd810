package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionStage;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** What IMAP and POP3 folders share: reading a message whole, marking it removed, closing. */
abstract class StoreFolder implements RemoteFolder {

    protected final Store store;
    protected final Folder folder;

    StoreFolder(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    @Override
    public int count() throws MailboxFailure {
        try {
            return folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            throw readFailure(e);
        }
    }

    @Override
    public byte[] read(RemoteMessage message) throws MailboxFailure {
        var out = new ByteArrayOutputStream((int) Math.min(Math.max(message.size(), 1024), 64L * 1024 * 1024));
        try {
            message.handle().writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException | RuntimeException e) {
            throw readFailure(e);
        }
    }

    /** One command for all of them where the protocol has it (IMAP STORE); POP3 sends its DELEs on close. */
    @Override
    public void remove(List<RemoteMessage> messages) throws MailboxFailure {
        if (messages.isEmpty()) {
            return;
        }
        try {
            folder.setFlags(messages.stream().map(RemoteMessage::handle).toArray(Message[]::new),
                    new Flags(Flags.Flag.DELETED), true);
        } catch (MessagingException | RuntimeException e) {
            throw readFailure(e);
        }
    }

    @Override
    public void prefetch(List<RemoteMessage> messages) throws MailboxFailure {
        // reading one by one is all POP3 offers
    }

    /** Expunges (IMAP) or commits the deletions with QUIT (POP3), then disconnects. */
    @Override
    public void close() throws MailboxFailure {
        try {
            if (folder.isOpen()) {
                folder.close(true);
            }
        } catch (MessagingException | RuntimeException e) {
            throw readFailure(e);
        } finally {
            StoreConnector.closeQuietly(store);
        }
    }

    @Override
    public void abandon() {
        StoreConnector.closeQuietly(store);
    }

    static MailboxFailure readFailure(Exception e) {
        return new MailboxFailure(ConnectionStage.READ, e, "mail.poll.read", StoreConnector.words(e));
    }
}
