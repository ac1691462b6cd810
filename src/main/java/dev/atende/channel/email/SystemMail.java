package dev.atende.channel.email;

import dev.atende.channel.email.internal.outbound.Draft;
import dev.atende.channel.email.internal.outbound.Outbox;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail from Atende to a person about no ticket in particular (a scheduled report): queued in the
 * outbox within the caller's transaction, sent after the commit with retries, from
 * {@code atende.mail.from}. The caller writes it in the reader's language.
 */
@Service
public class SystemMail {

    private final Outbox outbox;
    private final String from;

    SystemMail(Outbox outbox, @Value("${atende.mail.from:atende@localhost}") String from) {
        this.outbox = outbox;
        this.from = from;
    }

    /** Queues one mail with a plain-text and an HTML part (the HTML is sent as given: escape what you insert). */
    @Transactional
    public void send(String to, String subject, String text, String html) {
        if (to == null || to.isBlank() || subject == null || text == null) {
            throw new IllegalArgumentException("a system mail needs a recipient, a subject and a text");
        }
        outbox.enqueue(new Draft(Draft.Kind.SYSTEM, null, null, null, from, List.of(to.strip()), List.of(),
                subject.strip(), text, html, null, List.of()));
    }
}
