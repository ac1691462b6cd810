package dev.atende.channel.email.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.ticket.TicketsMerged;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a ticket is merged into another, the target takes over its e-mail conversation, in the
 * merge's own transaction: the source's recipients (its customer, when another, and those it
 * copied) are copied on the target's replies and count as known senders there, and the target
 * answers from the source's mailbox when it has none of its own. Replies to the source's thread
 * find the target through the merge (see {@link MailProcessor}).
 */
@Component
class MergedTicketMail {

    private final MailIndex index;
    private final Directory directory;

    MergedTicketMail(MailIndex index, Directory directory) {
        this.index = index;
        this.directory = directory;
    }

    @EventListener
    void on(TicketsMerged event) {
        List<String> addresses = new ArrayList<>(index.recipients(event.sourceId()));
        if (event.sourceCustomerId() != event.targetCustomerId()) {
            directory.user(event.sourceCustomerId()).map(User::email).ifPresent(addresses::add);
        }
        String targetCustomer = directory.user(event.targetCustomerId()).map(User::email).orElse(null);
        addresses.removeIf(a -> a.equalsIgnoreCase(String.valueOf(targetCustomer)));
        index.addRecipients(event.targetId(), addresses);
        index.mailboxOf(event.sourceId()).ifPresent(mailbox -> index.assignMailbox(event.targetId(), mailbox));
    }
}
