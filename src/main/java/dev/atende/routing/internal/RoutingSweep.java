package dev.atende.routing.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import dev.atende.shared.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a minute, on one node: agents whose away or out-of-office time has ended are back online
 * (and get waiting tickets), and every automatically routed group hands out what waits, in case
 * a reaction to an event was missed (a node stopped between commit and reaction).
 */
@Component
public class RoutingSweep {

    private static final Logger log = LoggerFactory.getLogger(RoutingSweep.class);

    private final RoutingStore store;
    private final Assigner assigner;
    private final Directory directory;
    private final ClusterLock locks;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RoutingSweep(RoutingStore store, Assigner assigner, Directory directory, ClusterLock locks, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.assigner = assigner;
        this.directory = directory;
        this.locks = locks;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${atende.routing.sweep-interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        locks.tryAcquire("routing-sweep", Duration.ofMinutes(5)).ifPresent(lease -> {
            try (lease) {
                run();
            } catch (RuntimeException e) {
                log.warn("Routing sweep failed; the next one tries again", e);
            }
        });
    }

    /** One sweep, now, without the cluster lease (the scheduled {@link #sweep} takes it). */
    public void run() {
        Instant now = clock.instant();
        for (long agent : store.returnedBy(now)) {
            transaction.executeWithoutResult(tx -> store.clearEnded(agent, now));
            assigner.fillFor(agent);
        }
        for (GroupRef group : directory.allGroups()) {
            assigner.fill(group.id());
        }
    }
}
