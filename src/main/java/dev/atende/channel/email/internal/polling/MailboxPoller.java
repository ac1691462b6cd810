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
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
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
    /** Messages fetched in one round trip, and removed together once all of them are stored. */
    static final int CHUNK_MESSAGES = 250;
    static final long CHUNK_BYTES = 8L * 1024 * 1024;
    /** A poll ends after fetching about this much (the rest is due at once), so its memory stays bounded. */
    static final long POLL_BYTES = 32L * 1024 * 1024;

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
    private final ExecutorService laneExecutor;
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
        this.laneExecutor = IngestLanes.executor(settings.ingestThreads());
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

    /** Ends polls in progress after the messages at hand (on shutdown). */
    void stop() {
        stopping = true;
    }

    /** Polls again after {@link #stop()} (a test context paused and resumed, a restart in place). */
    void resume() {
        stopping = false;
    }

    @PreDestroy
    void close() {
        laneExecutor.shutdown();
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
        List<String> tooLarge = new ArrayList<>();
        RemoteFolder folder;
        try {
            folder = connections.open(mailbox);
        } catch (MailboxFailure e) {
            return failed(mailbox, e, Map.of(), tooLarge);
        }
        var ingest = new BatchIngest(folder, new IngestLanes(laneExecutor, settings.ingestThreads()),
                (message, raw) -> receive(mailbox, message, raw), () -> stopping);
        MailboxFailure failure = null;
        boolean more = false;
        try {
            more = folder.count() > settings.maxMessagesPerPoll();
            more = ingest(folder, ingest, lease, folder.first(settings.maxMessagesPerPoll()), tooLarge) || more;
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
        Map<String, Integer> results = ingest.results();
        if (failure != null) {
            return failed(mailbox, failure, results, tooLarge);
        }
        more = (more || stopping) && ingest.removed() > 0; // nothing but oversized messages: wait for the interval
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

    /**
     * The batch, chunk by chunk, each fetched while the one before is being stored; true when the
     * poll ended early (its memory budget spent, the lease lost) with messages left.
     */
    private boolean ingest(RemoteFolder folder, BatchIngest ingest, ClusterLock.Lease lease,
            List<RemoteMessage> batch, List<String> tooLarge) throws MailboxFailure {
        BatchIngest.Chunk pending = null;
        long fetched = 0;
        boolean cut = false;
        try {
            for (List<RemoteMessage> chunk : chunks(batch, tooLarge)) {
                if (stopping || ingest.stopped()) {
                    break;
                }
                if (fetched >= POLL_BYTES) {
                    cut = true; // contents fetched stay with the connection until it closes: the rest next poll
                    break;
                }
                fetched += chunk.stream().mapToLong(RemoteMessage::size).sum();
                BatchIngest.Chunk next = ingest.start(chunk);
                if (pending != null) {
                    ingest.finish(pending);
                }
                pending = next;
                if (!lease.extend(settings.lease())) {
                    log.warn("Lost the lease on a mailbox while polling it; stopping this poll");
                    cut = true;
                    break;
                }
            }
            if (pending != null) {
                BatchIngest.Chunk last = pending;
                pending = null;
                ingest.finish(last);
            }
        } catch (MailboxFailure e) {
            if (pending != null) {
                ingest.finishQuietly(pending);
            }
            throw e;
        }
        return cut;
    }

    /**
     * The batch in chunks fetched in one round trip and removed together: up to
     * {@link #CHUNK_MESSAGES} messages and {@link #CHUNK_BYTES}; messages over the size limit are
     * set aside (they stay on the server).
     */
    private List<List<RemoteMessage>> chunks(List<RemoteMessage> batch, List<String> tooLarge) {
        List<List<RemoteMessage>> chunks = new ArrayList<>();
        List<RemoteMessage> chunk = new ArrayList<>();
        long bytes = 0;
        for (RemoteMessage message : batch) {
            if (message.size() > maxBytes) {
                tooLarge.add(message.describe() + " (" + DataSize.ofBytes(message.size()).toMegabytes() + " MB)");
                continue;
            }
            if (!chunk.isEmpty() && (chunk.size() == CHUNK_MESSAGES || bytes + message.size() > CHUNK_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                bytes = 0;
            }
            chunk.add(message);
            bytes += message.size();
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
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

    private Outcome failed(Mailbox mailbox, MailboxFailure failure, Map<String, Integer> results,
            List<String> tooLarge) {
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
