package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingests the messages of one batch on a few threads at once while keeping the order that
 * matters: messages of one sender, and a reply and the message it answers, run one after the
 * other on the same lane, in the order the server holds them. A message tied to two lanes waits
 * until everything before it is done. Other messages run side by side.
 *
 * <p>Each message runs only if the one before it on its lane succeeded, so a failure stops its
 * lane (and nothing is started after it): what follows stays on the server for the next poll.
 */
final class IngestLanes {

    /** One message's work; throws {@link MailboxFailure} to stop. */
    interface Work {
        void run() throws MailboxFailure;
    }

    private final ExecutorService executor;
    private final List<CompletableFuture<Void>> lanes = new ArrayList<>();
    private final Map<String, Integer> laneOfSender = new HashMap<>();
    private final Map<String, Integer> laneOfMessage = new HashMap<>();
    private int next;
    private volatile MailboxFailure failure;

    IngestLanes(ExecutorService executor, int lanes) {
        this.executor = executor;
        for (int i = 0; i < Math.max(1, lanes); i++) {
            this.lanes.add(CompletableFuture.completedFuture(null));
        }
    }

    /** Threads for lanes: with one, the poll's own thread runs everything, in order. */
    static ExecutorService executor(int threads) {
        if (threads <= 1) {
            return new DirectExecutor();
        }
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mail-ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs each task at once on the caller's thread. */
    private static final class DirectExecutor extends AbstractExecutorService {

        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** Whether a failure stopped the batch (nothing more is started). */
    boolean stopped() {
        return failure != null;
    }

    /** Queues the work behind what it depends on: its completion, or null once a failure stopped the batch. */
    CompletableFuture<Void> submit(HeaderPeek peek, Work work) throws MailboxFailure {
        if (failure != null) {
            return null;
        }
        Set<Integer> tied = new HashSet<>();
        if (peek.sender() != null && laneOfSender.containsKey(peek.sender())) {
            tied.add(laneOfSender.get(peek.sender()));
        }
        for (String reference : peek.references()) {
            Integer lane = laneOfMessage.get(reference);
            if (lane != null) {
                tied.add(lane);
            }
        }
        int lane;
        if (peek.sender() == null || tied.size() > 1) {
            awaitAll(); // tied to several lanes, or to anything: after everything before it
            laneOfSender.clear();
            laneOfMessage.clear();
            lane = 0;
        } else if (tied.size() == 1) {
            lane = tied.iterator().next();
        } else {
            lane = next;
            next = (next + 1) % lanes.size();
        }
        if (peek.sender() != null) {
            laneOfSender.put(peek.sender(), lane);
        }
        if (peek.messageId() != null) {
            laneOfMessage.put(peek.messageId(), lane);
        }
        CompletableFuture<Void> done = lanes.get(lane).thenRunAsync(() -> {
            if (failure != null) {
                throw new CompletionException(failure);
            }
            try {
                work.run();
            } catch (MailboxFailure e) {
                failure = e;
                throw new CompletionException(e);
            } catch (RuntimeException e) {
                failure = new MailboxFailure(ConnectionStage.STORE, e, "mail.poll.store", "?",
                        StoreConnector.words(e));
                throw new CompletionException(e);
            }
        }, executor);
        lanes.set(lane, done);
        return done;
    }

    /** Waits for these (whether they succeed or not). */
    void await(List<CompletableFuture<Void>> work) {
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting mail", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The first failure, if one stopped the batch. */
    void throwIfFailed() throws MailboxFailure {
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for everything queued; throws the first failure, if any. */
    void awaitAll() throws MailboxFailure {
        await(lanes);
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).isCompletedExceptionally()) {
                lanes.set(i, CompletableFuture.completedFuture(null));
            }
        }
        throwIfFailed();
    }
}
