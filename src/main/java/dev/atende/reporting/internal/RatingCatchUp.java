package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.RatingSource;
import dev.atende.shared.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies surveys and ratings into the tickets' facts, on one node at a time: the tickets whose
 * survey or rating changed since the last run (looking five minutes further back, for
 * transactions that committed late; copying again is harmless). The position is kept in
 * {@code reporting_cursors}, so a restart goes on where it stopped.
 */
@Component
public class RatingCatchUp {

    static final String LOCK = "reporting-ratings";
    private static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final int SLICE = 1_000;

    private final ObjectProvider<RatingSource> ratings;
    private final FactStore store;
    private final ClusterLock locks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RatingCatchUp(ObjectProvider<RatingSource> ratings, FactStore store, ClusterLock locks, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.ratings = ratings;
        this.store = store;
        this.locks = locks;
        this.jdbc = jdbc;
        // new transactions: a source may call from another transaction's after-commit phase
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${atende.reporting.schedule-interval:PT5M}",
            initialDelayString = "${atende.reporting.schedule-initial-delay:PT30S}")
    void scheduled() {
        locks.tryAcquire(LOCK, Duration.ofMinutes(15)).ifPresent(lease -> {
            try (lease) {
                run();
            }
        });
    }

    /** Copies what changed since the last run; answers how many tickets were updated. */
    public int run() {
        RatingSource source = ratings.getIfAvailable();
        if (source == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<OffsetDateTime> last = jdbc.queryForList("select position from reporting_cursors where name = ?",
                OffsetDateTime.class, LOCK);
        Instant from = last.isEmpty() ? Instant.EPOCH : last.get(0).toInstant().minus(OVERLAP);
        List<Long> changed = source.changedBetween(from, now);
        copy(source, changed);
        transactions.executeWithoutResult(tx -> {
            if (jdbc.update("update reporting_cursors set position = ? where name = ?", at(now), LOCK) == 0) {
                jdbc.update("insert into reporting_cursors (name, position) values (?, ?)", LOCK, at(now));
            }
        });
        return changed.size();
    }

    /** These tickets' surveys and ratings, copied now, in transactions of their own (callable after a commit). */
    public void copy(Collection<Long> ticketIds) {
        RatingSource source = ratings.getIfAvailable();
        if (source != null) {
            copy(source, List.copyOf(ticketIds));
        }
    }

    private void copy(RatingSource source, List<Long> ticketIds) {
        for (int i = 0; i < ticketIds.size(); i += SLICE) {
            List<Long> slice = ticketIds.subList(i, Math.min(ticketIds.size(), i + SLICE));
            transactions.executeWithoutResult(tx -> store.writeRatings(slice, source.ratings(slice)));
        }
    }
}
