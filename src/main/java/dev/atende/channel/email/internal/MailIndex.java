package dev.atende.channel.email.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the e-mail channel remembers beside the tickets: which Message-IDs belong to which
 * ticket (for threading), the Cc addresses of a ticket, and how each mailed article arrived.
 */
@Component
public class MailIndex {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The most recent ticket any of these Message-IDs belongs to. */
    public Optional<Long> ticketOf(Collection<String> messageIds) {
        List<String> ids = messageIds.stream().filter(id -> id != null && !id.isBlank() && id.length() <= 998)
                .distinct().limit(200).toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select ticket_id from mail_message_ids where message_id in (:ids) order by created_at desc")
                .param("ids", ids).query(Long.class).list().stream().findFirst();
    }

    public void remember(String messageId, long ticketId, Long articleId, boolean outbound) {
        if (messageId == null || messageId.length() > 998) {
            return;
        }
        int known = jdbc.sql("select count(*) from mail_message_ids where message_id = :id and ticket_id = :ticket")
                .param("id", messageId).param("ticket", ticketId).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into mail_message_ids (message_id, ticket_id, article_id, outbound, created_at) "
                    + "values (:id, :ticket, :article, :outbound, :at)")
                    .param("id", messageId).param("ticket", ticketId).param("article", articleId)
                    .param("outbound", outbound).param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
    }

    /** The Message-IDs of a ticket's thread, oldest first (for References on replies). */
    public List<String> thread(long ticketId) {
        return jdbc.sql("select message_id from mail_message_ids where ticket_id = :ticket order by created_at, message_id")
                .param("ticket", ticketId).query(String.class).list();
    }

    public Set<String> recipients(long ticketId) {
        return new TreeSet<>(jdbc.sql("select address from mail_ticket_recipients where ticket_id = :ticket")
                .param("ticket", ticketId).query(String.class).list());
    }

    public void addRecipients(long ticketId, Collection<String> addresses) {
        Set<String> known = recipients(ticketId);
        for (String address : addresses) {
            String clean = address.toLowerCase(Locale.ROOT);
            if (clean.length() <= 254 && known.add(clean)) {
                jdbc.sql("insert into mail_ticket_recipients (ticket_id, address) values (:ticket, :address)")
                        .param("ticket", ticketId).param("address", clean).update();
            }
        }
    }

    public void articleArrived(long articleId, long ticketId, Long inboundId, String from, boolean unverified) {
        jdbc.sql("insert into mail_articles (article_id, ticket_id, inbound_id, from_address, unverified_sender) "
                + "values (:article, :ticket, :inbound, :from, :unverified)")
                .param("article", articleId).param("ticket", ticketId).param("inbound", inboundId)
                .param("from", from == null || from.length() > 254 ? null : from).param("unverified", unverified)
                .update();
    }

    public boolean isUnverified(long articleId) {
        return jdbc.sql("select count(*) from mail_articles where article_id = :article and unverified_sender = true")
                .param("article", articleId).query(Integer.class).single() > 0;
    }

    /** The addresses of our own mailboxes: mail from them is ours, never a customer's. */
    public Set<String> ownAddresses() {
        return new TreeSet<>(jdbc.sql("select lower(address) from mail_mailboxes").query(String.class).list());
    }

    public Optional<Long> groupOfMailbox(Long mailboxId) {
        if (mailboxId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select group_id from mail_mailboxes where id = :id").param("id", mailboxId)
                .query(Long.class).optional();
    }

    /** Records the mailbox a ticket came in through; its replies go out from there. */
    public void assignMailbox(long ticketId, long mailboxId) {
        int known = jdbc.sql("select count(*) from mail_tickets where ticket_id = :ticket").param("ticket", ticketId)
                .query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into mail_tickets (ticket_id, mailbox_id) values (:ticket, :mailbox)")
                    .param("ticket", ticketId).param("mailbox", mailboxId).update();
        }
    }

    public Optional<Long> mailboxOf(long ticketId) {
        return jdbc.sql("select mailbox_id from mail_tickets where ticket_id = :ticket").param("ticket", ticketId)
                .query(Long.class).optional();
    }

    public Optional<String> addressOf(long mailboxId) {
        return jdbc.sql("select address from mail_mailboxes where id = :id").param("id", mailboxId)
                .query(String.class).optional();
    }

    public boolean mailboxExists(long mailboxId) {
        return jdbc.sql("select count(*) from mail_mailboxes where id = :id").param("id", mailboxId)
                .query(Integer.class).single() > 0;
    }
}
