package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.MailProtocol;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * IMAP: the configured folder, messages not yet marked \Deleted, oldest UID first. A message is
 * marked \Deleted once it is committed here and expunged when the poll ends; reading uses PEEK,
 * so nothing else on the server changes. Its id is {@code UIDVALIDITY:UID}.
 */
@Component
class ImapDriver implements MailboxDriver {

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

    private static final class ImapFolder extends StoreFolder {

        ImapFolder(Store store, Folder folder) {
            super(store, folder);
        }

        @Override
        public List<RemoteMessage> first(int limit) throws MailboxFailure {
            try {
                Message[] live = folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false));
                Message[] batch = Arrays.copyOf(live, Math.min(limit, live.length));
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.SIZE);
                folder.fetch(batch, profile);
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                List<RemoteMessage> messages = new ArrayList<>(batch.length);
                for (Message message : batch) {
                    messages.add(new RemoteMessage(validity + ":" + uids.getUID(message), message.getSize(), message));
                }
                return messages;
            } catch (MessagingException | RuntimeException e) {
                throw readFailure(e);
            }
        }
    }
}
