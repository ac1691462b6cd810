package dev.atende.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory work once the current transaction has committed (at once when there is none).
 *
 * <p>For reactions that may be lost in a crash because something else repairs them (the search
 * index's catch-up, live signals to browsers, metrics). A {@code @TransactionalEventListener}
 * would do the same, but Spring Modulith's event publication registry stores a row for every
 * such listener and event, and marks it twice more when done: for the mail ingest that was five
 * rows and ten updates per message, a quarter of its throughput.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            quietly(work); // no transaction: the change is already stored
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                quietly(work);
            }
        });
    }

    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // the change is committed; its caller must not see a failure of what follows it
            log.warn("Work after a commit failed", e);
        }
    }
}
