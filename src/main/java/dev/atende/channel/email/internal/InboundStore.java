package dev.atende.channel.email.internal;

import dev.atende.channel.email.IngestResult;
import dev.atende.shared.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Stores each received mail raw (blob first, then its row, committed on its own) and then
 * processes it in a second transaction; a failure rolls the processing back and records the
 * error on the stored mail. A mail is keyed by mailbox plus Message-ID (or the hash of its
 * bytes when it has none), so the same mail fetched twice is processed once.
 */
@Component
public class InboundStore {

    private static final Logger log = LoggerFactory.getLogger(InboundStore.class);

    private final InboundMails mails;
    private final BlobStore blobs;
    private final MailProcessor processor;
    private final MailIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;
    private final MailMetrics metrics;

    InboundStore(InboundMails mails, BlobStore blobs, MailProcessor processor, MailIndex index,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${atende.mail.max-message-size:50MB}") DataSize maxMessageSize, MailMetrics metrics) {
        this.metrics = metrics;
        this.mails = mails;
        this.blobs = blobs;
        this.processor = processor;
        this.index = index;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxMessageSize.toBytes();
    }

    public IngestResult receive(byte[] raw, Long mailboxId, String source, String uid) {
        Stored stored = storeOnly(raw, mailboxId, source, uid);
        return stored.earlier() != null ? duplicate(stored.earlier()) : process(stored.mail().id());
    }

    /** A mail just stored, or the one stored before under the same key. */
    record Stored(InboundMail mail, InboundMail earlier) {
    }

    /** The first half of {@link #receive}: stored and committed, not processed yet. */
    Stored storeOnly(byte[] raw, Long mailboxId, String source, String uid) {
        String messageId = RawHeaders.messageId(raw);
        String key = dedupKey(mailboxId, messageId, raw);
        Optional<InboundMail> earlier = mails.findByDedupKey(key);
        if (earlier.isPresent()) {
            return new Stored(null, earlier.get());
        }
        try {
            Stored stored = new Stored(store(raw, mailboxId, source, uid, messageId, key), null);
            metrics.received();
            return stored;
        } catch (DataIntegrityViolationException race) {
            // the same mail arrived at the same moment through another node or thread
            return new Stored(null, mails.findByDedupKey(key).orElseThrow(() -> race));
        }
    }

    /** Processes a stored mail; marks it processed with the result, or failed with the error. */
    public IngestResult process(long inboundId) {
        MDC.put("mail", Long.toString(inboundId));
        try {
            return transactions.execute(tx -> {
                InboundMail mail = mails.findForUpdate(inboundId).orElseThrow();
                if (mail.status() == InboundMail.Status.PROCESSED) {
                    return duplicate(mail); // another node or thread got there first
                }
                IngestResult result = processor.process(mail, read(mail));
                mail.processed(result.result(), result.reason(), result.ticketId(), result.articleId(), clock.instant());
                mails.save(mail);
                log.info("Mail {} {} {}", inboundId, result.result(),
                        result.ticketId() == null ? "" : "ticket " + result.ticketId());
                return result;
            });
        } catch (RuntimeException e) {
            String error = e instanceof MailProcessor.Unprocessable ? e.getMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mail {} failed: {}", inboundId, error, e instanceof MailProcessor.Unprocessable ? null : e);
            transactions.executeWithoutResult(tx -> mails.findById(inboundId).ifPresent(mail -> {
                mail.failed(error, clock.instant());
                mails.save(mail);
            }));
            return new IngestResult(IngestResult.FAILED, null, null, error, inboundId);
        } finally {
            MDC.remove("mail");
        }
    }

    /** Mails stored but left unprocessed by a stop between the two transactions. */
    public List<Long> abandoned(Duration olderThan, int limit) {
        return mails.pendingSince(clock.instant().minus(olderThan), PageRequest.of(0, limit));
    }

    public Optional<InboundMail> find(long id) {
        return mails.findById(id);
    }

    public List<InboundMail> failed(int page, int size) {
        return mails.failed(PageRequest.of(page, size));
    }

    public boolean mailboxExists(long mailboxId) {
        return index.mailboxExists(mailboxId);
    }

    public InputStream open(InboundMail mail) {
        try {
            return blobs.open(mail.blobKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    private InboundMail store(byte[] raw, Long mailboxId, String source, String uid, String messageId, String key) {
        BlobStore.StoredBlob blob;
        try {
            blob = blobs.put(new ByteArrayInputStream(raw), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return transactions.execute(tx -> mails.save(new InboundMail(mailboxId, source, uid, messageId, key,
                    blob.key(), blob.size(), clock.instant())));
        } catch (RuntimeException e) {
            deleteQuietly(blob.key());
            throw e;
        }
    }

    private byte[] read(InboundMail mail) {
        try (InputStream in = blobs.open(mail.blobKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException e) {
            log.warn("Could not delete blob {} of a mail that was not stored", key, e);
        }
    }

    private static IngestResult duplicate(InboundMail earlier) {
        return new IngestResult(IngestResult.DUPLICATE, earlier.ticketId(), earlier.articleId(), null, earlier.id());
    }

    static String dedupKey(Long mailboxId, String messageId, byte[] raw) {
        String identity = messageId != null ? "id:" + messageId : "sha256:" + sha256(raw);
        return sha256((mailboxId == null ? "api" : "mailbox:" + mailboxId) + "|" + identity);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
