package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.IngestResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * One poll's messages on their way in, a chunk at a time: a chunk is fetched (in one round trip
 * where the protocol allows) and handed to the {@link IngestLanes}; while its messages are being
 * stored the next chunk is fetched; once all of a chunk's messages are done, those stored are
 * marked for removal in one go. So the mail server and the database work at the same time, and
 * nothing leaves the server before it is committed here.
 */
final class BatchIngest {

    /** Stores one message (committed when it returns). */
    interface Receiver {
        IngestResult receive(RemoteMessage message, byte[] raw) throws MailboxFailure;
    }

    /** A chunk handed over: what was queued, what is stored so far, and a failure met while reading it. */
    static final class Chunk {
        private final List<CompletableFuture<Void>> queued = new ArrayList<>();
        private final List<RemoteMessage> stored = Collections.synchronizedList(new ArrayList<>());
        private MailboxFailure failure;
    }

    private final RemoteFolder folder;
    private final IngestLanes lanes;
    private final Receiver receiver;
    private final BooleanSupplier stopping;
    private final Map<String, Integer> results = new TreeMap<>();
    private int removed;

    BatchIngest(RemoteFolder folder, IngestLanes lanes, Receiver receiver, BooleanSupplier stopping) {
        this.folder = folder;
        this.lanes = lanes;
        this.receiver = receiver;
        this.stopping = stopping;
    }

    /** Fetches the chunk and queues its messages; a failure to read is kept for {@link #finish}. */
    Chunk start(List<RemoteMessage> messages) {
        Chunk chunk = new Chunk();
        try {
            folder.prefetch(messages);
            for (RemoteMessage message : messages) {
                if (stopping.getAsBoolean() || lanes.stopped()) {
                    break;
                }
                byte[] raw = folder.read(message); // here: a mail connection is not for several threads
                CompletableFuture<Void> queued = lanes.submit(HeaderPeek.of(raw), () -> {
                    IngestResult result = receiver.receive(message, raw);
                    chunk.stored.add(message); // committed here: safe to let go of on the server
                    synchronized (results) {
                        results.merge(result.result(), 1, Integer::sum);
                    }
                });
                if (queued == null) {
                    break;
                }
                chunk.queued.add(queued);
            }
        } catch (MailboxFailure e) {
            chunk.failure = e;
        }
        return chunk;
    }

    /** Waits for the chunk, marks what it stored for removal, then reports any failure. */
    void finish(Chunk chunk) throws MailboxFailure {
        lanes.await(chunk.queued);
        List<RemoteMessage> stored;
        synchronized (chunk.stored) {
            stored = new ArrayList<>(chunk.stored);
        }
        folder.remove(stored);
        removed += stored.size();
        if (chunk.failure != null) {
            throw chunk.failure;
        }
        lanes.throwIfFailed();
    }

    /** On the way out after a failure: what the chunk stored is still marked for removal, if the connection lets us. */
    void finishQuietly(Chunk chunk) {
        try {
            finish(chunk);
        } catch (MailboxFailure e) {
            // the failure that ended the poll is the one reported; what is left is fetched again next time
        }
    }

    /** Whether a message failed to be stored (nothing more is started then). */
    boolean stopped() {
        return lanes.stopped();
    }

    /** Messages stored and marked for removal so far. */
    int removed() {
        return removed;
    }

    Map<String, Integer> results() {
        synchronized (results) {
            return new TreeMap<>(results);
        }
    }
}
