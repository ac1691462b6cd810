package dev.atende.channel.email.internal.polling;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds ({@code atende.mail.polling.tick}) hands the mailboxes that are due to a few
 * worker threads; the cluster lease in {@link MailboxPoller} makes sure only one node polls a
 * mailbox at a time, so every node may run this. A mailbox with more than a batch waiting is due
 * again at once, behind those that waited longer. On shutdown, polls in progress finish the
 * message at hand and close their connection (committing the removals) before the database goes.
 */
@Component
class MailboxPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPolling.class);

    private final MailboxPoller poller;
    private final PollStatus status;
    private final PollingSettings settings;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Semaphore workers;
    private volatile ExecutorService executor;
    private volatile boolean running;

    MailboxPolling(MailboxPoller poller, PollStatus status, PollingSettings settings) {
        this.poller = poller;
        this.status = status;
        this.settings = settings;
        this.workers = new Semaphore(settings.concurrency());
    }

    @Scheduled(fixedDelayString = "${atende.mail.polling.tick:PT5S}",
            initialDelayString = "${atende.mail.polling.initial-delay:PT5S}")
    void tick() {
        if (!running || !settings.enabled()) {
            return;
        }
        for (Long id : status.due(settings.concurrency() * 4)) {
            if (!inFlight.add(id)) {
                continue; // still being polled here since an earlier tick
            }
            if (!workers.tryAcquire()) {
                inFlight.remove(id);
                return; // all workers busy: the rest waits for the next tick
            }
            executor.execute(() -> {
                boolean more = false;
                try {
                    more = poller.pollIfDue(id).more();
                } catch (RuntimeException e) {
                    log.error("Polling mailbox {} failed unexpectedly", id, e);
                } finally {
                    inFlight.remove(id);
                    workers.release();
                }
                if (more) {
                    tick(); // more is waiting: due again now, after the mailboxes that waited longer
                }
            });
        }
    }

    /** A fresh pool each start: a lifecycle may be stopped and started again (Spring pauses idle test contexts). */
    @Override
    public void start() {
        executor = Executors.newFixedThreadPool(settings.concurrency(), named());
        poller.resume();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        poller.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Mailbox polls still running at shutdown; their messages stay on the server until next time");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mail-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
