package dev.atende.search.internal;

import dev.atende.identity.OrganizationChanged;
import dev.atende.identity.UserChanged;
import dev.atende.shared.AfterCommit;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketUpdated;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database: each committed change to a ticket, person or
 * organization puts its id in a queue, and one background thread indexes the queue in batches a
 * few times a second. The request that made the change never waits for the index, and a burst
 * of changes to one ticket (a mail with ten attachments, a macro) indexes it once.
 *
 * <p>What a crash loses from the queue is found again at the next start from the tickets'
 * times ({@link IndexMaintenance#catchUp}), from {@link #indexedThrough()}.
 */
@Component
class IndexUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);
    private static final int BATCH = 250;
    private static final long PAUSE_MILLIS = 200;

    enum Kind {
        TICKET(IndexedTicket.class), PERSON(IndexedPerson.class), ORGANIZATION(IndexedOrganization.class);

        final Class<?> entity;

        Kind(Class<?> entity) {
            this.entity = entity;
        }
    }

    /** Per kind: id waiting to be indexed, with the time it was first queued. */
    private final Map<Kind, Map<Long, Instant>> pending = new ConcurrentHashMap<>();
    private volatile Instant inFlightSince;
    private final EntityManager entityManager;
    private final jakarta.persistence.PersistenceUnitUtil units;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private ScheduledExecutorService worker;
    private volatile boolean running;

    IndexUpdates(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager, Clock clock) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.units = entityManagerFactory.getPersistenceUnitUtil();
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.clock = clock;
        for (Kind kind : Kind.values()) {
            pending.put(kind, new ConcurrentHashMap<>());
        }
    }

    @EventListener
    void on(TicketCreated event) {
        AfterCommit.run(() -> {
            queue(Kind.TICKET, List.of(event.ticketId()));
            queue(Kind.PERSON, List.of(event.customerId()));
        });
    }

    @EventListener
    void on(TicketUpdated event) {
        AfterCommit.run(() -> {
            queue(Kind.TICKET, List.of(event.ticketId()));
        });
    }

    @EventListener
    void on(ArticleAdded event) {
        AfterCommit.run(() -> {
            queue(Kind.TICKET, List.of(event.ticketId()));
        });
    }

    @EventListener
    void on(UserChanged event) {
        AfterCommit.run(() -> {
            queue(Kind.PERSON, List.of(event.userId()));
        });
    }

    @EventListener
    void on(OrganizationChanged event) {
        AfterCommit.run(() -> {
            queue(Kind.ORGANIZATION, List.of(event.organizationId()));
        });
    }

    void queue(Kind kind, Collection<Long> ids) {
        Instant now = clock.instant();
        Map<Long, Instant> queue = pending.get(kind);
        for (Long id : ids) {
            queue.putIfAbsent(id, now);
        }
    }

    /** Every change committed before this time is in the index (or being written to it). */
    Instant indexedThrough() {
        Instant oldest = clock.instant();
        Instant inFlight = inFlightSince;
        if (inFlight != null && inFlight.isBefore(oldest)) {
            oldest = inFlight;
        }
        for (Map<Long, Instant> queue : pending.values()) {
            for (Instant queued : queue.values()) {
                if (queued.isBefore(oldest)) {
                    oldest = queued;
                }
            }
        }
        return oldest;
    }

    int backlog() {
        return pending.values().stream().mapToInt(Map::size).sum();
    }

    /** Indexes everything queued now; the worker calls it, and so do tests that cannot wait. */
    synchronized void drain() {
        for (Kind kind : Kind.values()) {
            Map<Long, Instant> queue = pending.get(kind);
            while (!queue.isEmpty()) {
                Map<Long, Instant> batch = take(queue);
                try {
                    index(kind, batch.keySet());
                } catch (RuntimeException e) {
                    log.warn("Could not index {} {} ids; retrying shortly", batch.size(), kind, e);
                    batch.forEach(queue::putIfAbsent);
                    return;
                } finally {
                    inFlightSince = null;
                }
            }
        }
    }

    /** Removes up to one batch from the queue before indexing it, so a change that arrives meanwhile is queued again. */
    private Map<Long, Instant> take(Map<Long, Instant> queue) {
        Map<Long, Instant> batch = new java.util.HashMap<>();
        Instant oldest = null;
        Iterator<Map.Entry<Long, Instant>> entries = queue.entrySet().iterator();
        while (entries.hasNext() && batch.size() < BATCH) {
            var entry = entries.next();
            batch.put(entry.getKey(), entry.getValue());
            if (oldest == null || entry.getValue().isBefore(oldest)) {
                oldest = entry.getValue();
            }
        }
        inFlightSince = oldest;
        batch.keySet().forEach(queue::remove);
        return batch;
    }

    private void index(Kind kind, Collection<Long> ids) {
        transactions.executeWithoutResult(status -> {
            // read-sync: visible to searches when this returns, made durable by the backend's
            // periodic commit (every second) instead of a commit and its fsyncs per batch; the
            // start-up catch-up looks minutes further back than that second
            var session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
            var plan = session.indexingPlan();
            List<?> found = entityManager
                    .createQuery("select e from " + kind.entity.getSimpleName() + " e where e.id in :ids", kind.entity)
                    .setParameter("ids", ids)
                    .getResultList();
            var missing = new HashSet<>(ids);
            for (Object entity : found) {
                plan.addOrUpdate(entity);
                missing.remove((Long) units.getIdentifier(entity));
            }
            for (Long gone : missing) {
                plan.purge(kind.entity, gone, null);
            }
            plan.execute();
            entityManager.clear();
        });
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::drainQuietly, PAUSE_MILLIS, PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Search indexing failed; retrying shortly", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drainQuietly(); // what was committed before the stop is indexed, not left to the next start's catch-up
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops after the web server (no new changes) and before Hibernate Search, which draining needs
        return Integer.MAX_VALUE - 4096;
    }
}
