package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.MailProtocol;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * IMAP: the configured folder, messages not yet marked \Deleted, oldest first. Messages are
 * fetched a chunk at a time in one FETCH and, once each of the chunk is committed here, marked
 * \Deleted in one STORE; they are expunged when the poll closes the folder (an EXPUNGE while
 * mail keeps arriving trips up some servers, GreenMail among them). Reading uses PEEK, so
 * nothing else on the server changes. A message's id is {@code UIDVALIDITY:UID}. Few commands
 * per poll matter: each is a round trip, and some servers work through the whole folder for
 * every command.
 */
@Component
class ImapDriver implements MailboxDriver {

    /** Messages over this are fetched alone, streamed, rather than with their chunk. */
    static final long PREFETCH_MAX_MESSAGE = 1024 * 1024;
    private static final FetchProfile.Item WHOLE_MESSAGE = wholeMessageItem();

    private final StoreConnector connector;

    ImapDriver(StoreConnector connector) {
        this.connector = connector;
    }

    @Override
    public MailProtocol protocol() {
        return MailProtocol.IMAP;
    }

    @Override
    public RemoteFolder open(MailboxAccess access) throws MailboxFailure {
        Store store = connector.connect(access);
        try {
            return new ImapFolder(store, connector.open(store, access.folder()));
        } catch (MailboxFailure | RuntimeException e) {
            StoreConnector.closeQuietly(store);
            throw e;
        }
    }

    /**
     * The provider's "whole message" fetch item ({@code BODY.PEEK[]} for many messages in one
     * command); only the Jakarta Mail API is on the compile path. Null when the provider has none:
     * then each message is fetched on its own.
     */
    private static FetchProfile.Item wholeMessageItem() {
        try {
            Object item = Class.forName("org.eclipse.angus.mail.imap.IMAPFolder$FetchProfileItem")
                    .getField("MESSAGE").get(null);
            return item instanceof FetchProfile.Item ? (FetchProfile.Item) item : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static final class ImapFolder extends StoreFolder {

        ImapFolder(Store store, Folder folder) {
            super(store, folder);
        }

        /**
         * The first messages by sequence number (oldest first), without a SEARCH: a search over
         * a folder of many thousands costs the server (and the answer) for every one of them.
         * Messages already marked \Deleted (a poll that stopped before expunging) are skipped;
         * this poll's close expunges them.
         */
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
                profile.add(FetchProfile.Item.FLAGS);
                folder.fetch(batch, profile);
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                List<RemoteMessage> messages = new ArrayList<>(batch.length);
                for (Message message : batch) {
                    if (!message.isSet(Flags.Flag.DELETED)) {
                        messages.add(new RemoteMessage(validity + ":" + uids.getUID(message), message.getSize(),
                                message));
                    }
                }
                return messages;
            } catch (MessagingException | RuntimeException e) {
                throw readFailure(e);
            }
        }

        @Override
        public void prefetch(List<RemoteMessage> messages) throws MailboxFailure {
            if (WHOLE_MESSAGE == null) {
                return;
            }
            List<Message> small = new ArrayList<>();
            for (RemoteMessage message : messages) {
                if (message.size() <= PREFETCH_MAX_MESSAGE) {
                    small.add(message.handle());
                }
            }
            if (small.size() < 2) {
                return; // one message is as quick to fetch when it is read
            }
            FetchProfile profile = new FetchProfile();
            profile.add(WHOLE_MESSAGE);
            try {
                folder.fetch(small.toArray(Message[]::new), profile);
            } catch (MessagingException | RuntimeException e) {
                throw readFailure(e);
            }
        }
    }
}
