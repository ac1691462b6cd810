package dev.atende.channel.email.internal.outbound;

import dev.atende.channel.email.internal.MailIndex;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts composed mails into the outbox within the caller's transaction, each with a fresh
 * Message-ID that is remembered for the ticket, so the customer's answer threads back.
 */
@Component
public class Outbox {

    /** Automatic mails to one address per hour, at most: two robots must not talk forever. */
    static final int AUTO_REPLIES_PER_HOUR = 5;

    private final OutboundMails mails;
    private final MailIndex index;
    private final Clock clock;

    Outbox(OutboundMails mails, MailIndex index, Clock clock) {
        this.mails = mails;
        this.index = index;
        this.clock = clock;
    }

    @Transactional
    public OutboundMail enqueue(Draft draft) {
        String messageId = "atende." + (draft.ticketId() == null ? "x" : draft.ticketId()) + "."
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "@" + domain(draft.from());
        OutboundMail mail = mails.save(new OutboundMail(draft, messageId, clock.instant()));
        if (draft.ticketId() != null) {
            index.remember(messageId, draft.ticketId(), draft.articleId(), true);
        }
        return mail;
    }

    /** Whether one more automatic mail of this kind may go to this address now. */
    public boolean mayAutoReply(Draft.Kind kind, String address) {
        return mails.countSentTo(kind.code(), address, clock.instant().minus(Duration.ofHours(1)))
                < AUTO_REPLIES_PER_HOUR;
    }

    private static String domain(String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "atende.local" : from.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "atende.local" : domain.toLowerCase(Locale.ROOT);
    }
}
