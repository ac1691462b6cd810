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
 * merge's own transaction: the target answers from the source's mailbox when it has none of its
 * own, and replies to the source's thread find the target through the merge (see
 * {@link MailProcessor}). The source's recipients (its customer, when another, and those it
 * copied) are copied on the target's replies and count as known senders there only when both
 * customers are the same or colleagues of one organization: otherwise one customer would receive
 * the other's conversation, which the merge keeps from them (their copied messages are internal
 * notes). A stranger's later mail still lands on the target, marked as from an unverified sender.
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
        index.mailboxOf(event.sourceId()).ifPresent(mailbox -> index.assignMailbox(event.targetId(), mailbox));
        var source = directory.user(event.sourceCustomerId());
        var target = directory.user(event.targetCustomerId());
        if (source.isEmpty() || target.isEmpty() || !sameParty(source.get(), target.get())) {
            return;
        }
        List<String> addresses = new ArrayList<>(index.recipients(event.sourceId()));
        addresses.add(source.get().email());
        addresses.removeIf(a -> a == null || a.equalsIgnoreCase(target.get().email()));
        index.addRecipients(event.targetId(), addresses);
    }

    private static boolean sameParty(User source, User target) {
        return source.id().equals(target.id())
                || (source.organizationId() != null && source.organizationId().equals(target.organizationId()));
    }
}
