package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionStage;
import dev.atende.channel.email.IngestResult;
import dev.atende.channel.email.MailIngestion;
import dev.atende.channel.email.Mailbox;
import dev.atende.shared.ClusterLock;
import dev.atende.shared.Locales;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Polls one mailbox: under its cluster lease, takes up to a batch of messages, hands each to
 * {@link MailIngestion} and only once that returned (the mail is committed here, whatever became
 * of it, even "failed") marks it removed on the server. Removals take effect when the poll ends
 * (IMAP expunge, POP3 QUIT); if the connection breaks first, the next poll fetches those
 * messages again and they are duplicates.
 *
 * <p>Deleting rather than keeping and flagging: the raw mail is kept here for good (downloadable
 * by admins), a kept message would have to be skipped on every later poll, and a folder that
 * only grows gets slower. A message over the size limit cannot be stored, so it stays on the
 * server and is named in the mailbox's last error, and the poll goes on.
 */
@Component
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int EXTEND_EVERY = 50;

    private final Mailboxes mailboxes;
    private final MailboxConnections connections;
    private final MailIngestion ingestion;
    private final PollStatus status;
    private final ClusterLock lock;
    private final PollingSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;
    private final Locale locale;
    private volatile boolean stopping;

    MailboxPoller(Mailboxes mailboxes, MailboxConnections connections, MailIngestion ingestion, PollStatus status,
            ClusterLock lock, PollingSettings settings, MessageSource messages, Clock clock,
            @Value("${atende.mail.max-message-size:50MB}") DataSize maxMessageSize,
            @Value("${atende.default-locale:en}") String locale) {
        this.mailboxes = mailboxes;
        this.connections = connections;
        this.ingestion = ingestion;
        this.status = status;
        this.lock = lock;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxMessageSize.toBytes();
        this.locale = Locales.supported(Locale.forLanguageTag(locale));
    }

    /** What one poll did. {@code ran} is false when it was not due, inactive, gone, or polled by another node. */
    public record Outcome(boolean ran, Map<String, Integer> results, int leftTooLarge, boolean more, String error) {

        static Outcome skipped() {
            return new Outcome(false, Map.of(), 0, false, null);
        }

        public int fetched() {
            return results.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A poll if the mailbox is due and no other node is polling it (what the scheduler runs). */
    public Outcome pollIfDue(long mailboxId) {
        return lock.tryAcquire(leaseName(mailboxId), settings.lease())
                .map(lease -> {
                    try (lease) {
                        return pollUnderLease(mailboxId, lease, false);
                    }
                })
                .orElseGet(Outcome::skipped);
    }

    /** A poll now, due or not, waiting up to {@code wait} for another poll of it to end (for tests and tools). */
    public Outcome pollNow(long mailboxId, Duration wait) {
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            Optional<ClusterLock.Lease> lease = lock.tryAcquire(leaseName(mailboxId), settings.lease());
            if (lease.isPresent()) {
                try (var held = lease.get()) {
                    return pollUnderLease(mailboxId, held, true);
                }
            }
            if (clock.instant().isAfter(deadline)) {
                return Outcome.skipped();
            }
            sleep(50);
        }
    }

    /** Ends polls in progress after the message at hand (on shutdown). */
    /** Polls again after {@link #stop()} (a test context paused and resumed, a restart in place). */
    void resume() {
        stopping = false;
    }

    void stop() {
        stopping = true;
    }

    static String leaseName(long mailboxId) {
        return "mail.poll." + mailboxId;
    }

    private Outcome pollUnderLease(long mailboxId, ClusterLock.Lease lease, boolean force) {
        Optional<Mailbox> found = mailboxes.findById(mailboxId);
        if (found.isEmpty() || (!force && !due(found.get()))) {
            return Outcome.skipped(); // gone, switched off, or another node has just polled it
        }
        Mailbox mailbox = found.get();
        MDC.put("mailbox", Long.toString(mailboxId));
        try {
            return poll(mailbox, lease);
        } finally {
            MDC.remove("mailbox");
        }
    }

    private boolean due(Mailbox mailbox) {
        return mailbox.active() && mailbox.host() != null
                && (mailbox.nextPollAt() == null || !mailbox.nextPollAt().isAfter(clock.instant()));
    }

    private Outcome poll(Mailbox mailbox, ClusterLock.Lease lease) {
        long started = System.nanoTime();
        Map<String, Integer> results = new TreeMap<>();
        List<String> tooLarge = new ArrayList<>();
        RemoteFolder folder;
        try {
            folder = connections.open(mailbox);
        } catch (MailboxFailure e) {
            return failed(mailbox, e, results, tooLarge);
        }
        MailboxFailure failure = null;
        boolean more = false;
        int handled = 0;
        try {
            List<RemoteMessage> batch = folder.first(settings.maxMessagesPerPoll());
            more = batch.size() == settings.maxMessagesPerPoll();
            for (RemoteMessage message : batch) {
                if (stopping) {
                    more = true;
                    break;
                }
                if (message.size() > maxBytes) {
                    tooLarge.add(message.describe() + " (" + DataSize.ofBytes(message.size()).toMegabytes() + " MB)");
                    continue;
                }
                byte[] raw = folder.read(message);
                IngestResult result = receive(mailbox, message, raw);
                folder.remove(message); // committed here: safe to let go of on the server
                results.merge(result.result(), 1, Integer::sum);
                if (++handled % EXTEND_EVERY == 0 && !lease.extend(settings.lease())) {
                    log.warn("Lost the lease on mailbox {} while polling it; stopping this poll", mailbox.id());
                    more = true;
                    break;
                }
            }
        } catch (MailboxFailure e) {
            failure = e;
        } finally {
            try {
                folder.close();
            } catch (MailboxFailure e) {
                // removals not committed: those mails come again next time, and are duplicates then
                failure = failure != null ? failure : e;
            }
        }
        if (failure != null) {
            return failed(mailbox, failure, results, tooLarge);
        }
        more = more && handled > 0; // a batch of nothing but oversized messages waits for the interval
        Instant now = clock.instant();
        status.succeeded(mailbox.id(), more ? now : now.plusSeconds(mailbox.pollIntervalSeconds()),
                tooLarge.isEmpty() ? null : text("mail.poll.tooLarge", tooLarge.size(),
                        DataSize.ofBytes(maxBytes).toMegabytes(), String.join("; ", tooLarge)));
        if (!results.isEmpty() || !tooLarge.isEmpty()) {
            log.info("Polled mailbox {}: {} in {} ms{}{}", mailbox.id(), results,
                    (System.nanoTime() - started) / 1_000_000, tooLarge.isEmpty() ? "" : ", too large: " + tooLarge,
                    more ? ", more waiting" : "");
        }
        return new Outcome(true, results, tooLarge.size(), more, null);
    }

    /** Stored and committed here (or found stored before); a failure to store leaves the message on the server. */
    private IngestResult receive(Mailbox mailbox, RemoteMessage message, byte[] raw) throws MailboxFailure {
        try {
            return ingestion.receive(raw, mailbox.id(), mailbox.protocol().code(), message.uid());
        } catch (RuntimeException e) {
            log.error("Mail {} of mailbox {} could not be stored; it stays on the server", message.uid(), mailbox.id(), e);
            throw new MailboxFailure(ConnectionStage.STORE, e, "mail.poll.store", message.describe(),
                    StoreConnector.words(e));
        }
    }

    private Outcome failed(Mailbox mailbox, MailboxFailure failure, Map<String, Integer> results, List<String> tooLarge) {
        String error = text(failure.messageCode(), failure.args());
        status.failed(mailbox.id(), error);
        log.warn("Polling mailbox {} ({}) failed at {}: {}", mailbox.id(), mailbox.address(), failure.stage().code(),
                error);
        return new Outcome(true, results, tooLarge.size(), false, error);
    }

    /** The mailbox's state is read by admins of any language; it is written in the installation's. */
    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a mailbox", e);
        }
    }
}
