package dev.atende.search.internal;

import dev.atende.search.IndexStatus;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the index when it is missing or was made by an older mapping, rebuilds it on an
 * admin's request, and catches up after a restart. A full build runs in the background: the
 * server answers meanwhile, and searches see the documents written so far.
 */
@Component
class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    /** Changes commit a little after their rows get their times; catch-up looks this far further back. */
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private final SearchMapping mapping;
    private final IndexUpdates updates;
    private final JdbcTemplate jdbc;
    private final SearchIndexState state;
    private final Clock clock;

    private final Object lock = new Object();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String lastError;
    private volatile boolean running;
    private final AtomicLong documents = new AtomicLong();
    private volatile String database;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, IndexUpdates updates, JdbcTemplate jdbc,
            @Value("${atende.data-dir}") Path dataDir, Clock clock) {
        this.mapping = Search.mapping(entityManagerFactory);
        this.updates = updates;
        this.jdbc = jdbc;
        this.state = new SearchIndexState(SearchIndexState.indexDirectory(dataDir));
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        var known = state.read();
        if (known.isEmpty()) {
            log.info("No search index yet: building it in the background");
            rebuild();
        } else if (known.get().mappingVersion() != SearchIndexState.MAPPING_VERSION) {
            log.info("The search index was built by another version (mapping {} instead of {}): rebuilding it",
                    known.get().mappingVersion(), SearchIndexState.MAPPING_VERSION);
            rebuild();
        } else if (!known.get().database().equals(database())) {
            log.info("The search index was built from another database: rebuilding it");
            rebuild();
        } else if (indexLooksEmpty()) {
            log.info("The search index is empty while the database is not: rebuilding it");
            rebuild();
        } else {
            catchUp(known.get().indexedThrough().minus(MARGIN));
        }
    }

    /** Starts a full rebuild unless one runs; answers the state either way. */
    IndexStatus rebuild() {
        synchronized (lock) {
            if (!running) {
                running = true;
                Instant start = clock.instant();
                startedAt = start;
                finishedAt = null;
                lastError = null;
                documents.set(0);
                state.clear();
                mapping.scope(Object.class).massIndexer()
                        .purgeAllOnStart(true)
                        .typesToIndexInParallel(1)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(200)
                        .idFetchSize(1000)
                        .monitor(new Progress())
                        .start()
                        .whenComplete((done, failure) -> finished(start, failure));
            }
            return status();
        }
    }

    private void finished(Instant start, Throwable failure) {
        synchronized (lock) {
            running = false;
            finishedAt = clock.instant();
            if (failure != null) {
                lastError = String.valueOf(failure.getMessage());
                log.error("Rebuilding the search index failed", failure);
                return;
            }
            log.info("Search index rebuilt: {} documents in {} s", documents.get(),
                    Duration.between(start, finishedAt).toSeconds());
            // changes made while it ran may have been read before they committed
            catchUp(start.minus(MARGIN));
            state.write(new SearchIndexState.State(SearchIndexState.MAPPING_VERSION, database(), start.minus(MARGIN)));
        }
    }

    IndexStatus status() {
        return new IndexStatus(running, startedAt, finishedAt, documents.get(), updates.backlog(), lastError);
    }

    /** Queues what changed since a time, for what a stop or crash left out of the index. */
    void catchUp(Instant since) {
        List<Long> tickets = jdbc.queryForList("""
                select id from tickets where updated_at >= ?
                union
                select ticket_id from articles where created_at >= ?""", Long.class,
                java.sql.Timestamp.from(since), java.sql.Timestamp.from(since));
        List<Long> people = jdbc.queryForList("select id from users where updated_at >= ?", Long.class,
                java.sql.Timestamp.from(since));
        // organizations have no change time, and are few: all of them
        List<Long> organizations = jdbc.queryForList("select id from organizations", Long.class);
        updates.queue(IndexUpdates.Kind.TICKET, tickets);
        updates.queue(IndexUpdates.Kind.PERSON, people);
        updates.queue(IndexUpdates.Kind.ORGANIZATION, organizations);
        if (!tickets.isEmpty() || !people.isEmpty()) {
            log.info("Search index catching up on {} tickets and {} people changed since {}",
                    tickets.size(), people.size(), since);
        }
    }

    /** When this database was created: the time its first migration ran. */
    private String database() {
        if (database == null) {
            database = String.valueOf(jdbc.queryForObject(
                    "select installed_on from flyway_schema_history where installed_rank = 1", Object.class));
        }
        return database;
    }

    private boolean indexLooksEmpty() {
        Boolean anyTicket = jdbc.queryForObject("select exists (select 1 from tickets)", Boolean.class);
        if (!Boolean.TRUE.equals(anyTicket)) {
            return false;
        }
        try (var session = mapping.toOrmSessionFactory().openSession()) {
            return Search.session(session).search(IndexedTicket.class).where(f -> f.matchAll())
                    .fetchTotalHitCount() == 0;
        }
    }

    /** Notes how far the index is, so that the next start catches up from there (also at a clean stop). */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    @jakarta.annotation.PreDestroy
    void remember() {
        if (!running && state.read().isPresent()) {
            state.write(new SearchIndexState.State(SearchIndexState.MAPPING_VERSION, database(),
                    updates.indexedThrough()));
        }
    }

    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            documents.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
