package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.MailProtocol;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * POP3: the inbox (POP3 has no other folder), oldest first, each known by its UIDL. Deletions
 * (DELE) take effect only when the session ends with QUIT: a connection lost midway deletes
 * nothing, and the next poll finds those messages again as duplicates.
 */
@Component
class Pop3Driver implements MailboxDriver {

    private final StoreConnector connector;

    Pop3Driver(StoreConnector connector) {
        this.connector = connector;
    }

    @Override
    public MailProtocol protocol() {
        return MailProtocol.POP3;
    }

    @Override
    public RemoteFolder open(MailboxAccess access) throws MailboxFailure {
        Store store = connector.connect(access);
        try {
            return new Pop3Folder(store, connector.open(store, "INBOX"));
        } catch (MailboxFailure | RuntimeException e) {
            StoreConnector.closeQuietly(store);
            throw e;
        }
    }

    private static final class Pop3Folder extends StoreFolder {

        Pop3Folder(Store store, Folder folder) {
            super(store, folder);
        }

        @Override
        public List<RemoteMessage> first(int limit) throws MailboxFailure {
            try {
                int count = folder.getMessageCount();
                if (count == 0) {
                    return List.of();
                }
                Message[] batch = folder.getMessages(1, Math.min(limit, count));
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.SIZE);
                folder.fetch(batch, profile);
                List<RemoteMessage> messages = new ArrayList<>(batch.length);
                for (Message message : batch) {
                    messages.add(new RemoteMessage(uidl(message), message.getSize(), message));
                }
                return messages;
            } catch (MessagingException | RuntimeException e) {
                throw readFailure(e);
            }
        }

        /**
         * The message's UIDL. The provider's POP3 folder has {@code getUID(Message)} without
         * implementing {@link UIDFolder}, and only the Jakarta Mail API is on the compile path.
         */
        private String uidl(Message message) throws MessagingException {
            try {
                Method getUid = folder.getClass().getMethod("getUID", Message.class);
                Object uid = getUid.invoke(folder, message);
                return uid == null ? "msg:" + message.getMessageNumber() : uid.toString();
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof MessagingException) {
                    throw (MessagingException) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the POP3 provider has no getUID(Message)", e);
            }
        }
    }
}
