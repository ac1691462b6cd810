package dev.atende.channel.email;

import dev.atende.channel.email.internal.InboundMail;
import dev.atende.channel.email.internal.InboundStore;
import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The way into the e-mail channel, for the mailbox pollers and for an MTA piping mail to the
 * API: every message is stored raw and committed first, then processed in a transaction of its
 * own, so that a message is never lost and never turned into two tickets.
 */
@Service
public class MailIngestion {

    private final InboundStore store;

    MailIngestion(InboundStore store) {
        this.store = store;
    }

    /** A message fetched from a mailbox ({@code source} "imap" or "pop3", with the server's UID). */
    public IngestResult receive(byte[] raw, long mailboxId, String source, String uid) {
        return store.receive(raw, mailboxId, source, uid);
    }

    /** A message piped in through the API by an admin's token (an MTA), optionally for one mailbox. */
    public IngestResult receive(Actor actor, byte[] raw, Long mailboxId) {
        requireAdmin(actor);
        if (raw.length == 0) {
            throw InvalidInputException.of("body", "error.mail.empty");
        }
        if (mailboxId != null && !store.mailboxExists(mailboxId)) {
            throw InvalidInputException.of("mailbox", "error.mail.mailboxNotFound");
        }
        return store.receive(raw, mailboxId, "raw", null);
    }

    /** Processes a failed mail again (after a fix, or when the cause has passed). */
    public IngestResult retry(Actor actor, long inboundId) {
        requireAdmin(actor);
        InboundMail mail = store.find(inboundId).orElseThrow(() -> new NotFoundException("error.mail.notFound"));
        if (mail.status() != InboundMail.Status.FAILED) {
            throw InvalidInputException.of("id", "error.mail.notFailed");
        }
        return store.process(inboundId);
    }

    public List<InboundMail> failed(Actor actor, int page, int size) {
        requireAdmin(actor);
        return store.failed(page, size);
    }

    /** The message exactly as it arrived, for an admin to inspect. The caller closes the stream. */
    public InputStream raw(Actor actor, long inboundId) {
        requireAdmin(actor);
        InboundMail mail = store.find(inboundId).orElseThrow(() -> new NotFoundException("error.mail.notFound"));
        return store.open(mail);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
