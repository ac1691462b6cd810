package dev.atende.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases on named jobs shared by every node through the database ({@code scheduler_locks}), so
 * that a scheduled job (polling one mailbox, say) runs on one node at a time. A lease lasts until
 * it is released or its time is up, so a node that dies blocks a job no longer than that: pick a
 * duration longer than the job usually takes and {@link Lease#extend} it while working.
 *
 * <p>Acquiring is one atomic {@code UPDATE ... WHERE locked_until <= now} (or the first
 * {@code INSERT} of the name), each in a transaction of its own, on H2 and PostgreSQL alike.
 * Nodes compare their own clocks with the stored times: keep them in sync (NTP).
 */
@Component
public class ClusterLock {

    private static final String NODE = node();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The lease on {@code name} for {@code duration}, unless another holder has it now. */
    public Optional<Lease> tryAcquire(String name, Duration duration) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a lock name has 1 to 200 characters");
        }
        String holder = NODE + "/" + UUID.randomUUID();
        Instant now = clock.instant();
        OffsetDateTime until = at(now.plus(duration));
        Integer taken = ownTransaction.execute(tx -> jdbc.update(
                "update scheduler_locks set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?",
                until, holder, name, at(now)));
        if (taken != null && taken == 1) {
            return Optional.of(new Lease(name, holder));
        }
        try {
            Integer inserted = ownTransaction.execute(tx -> jdbc.update(
                    "insert into scheduler_locks (name, locked_until, locked_by) select ?, ?, ? "
                            + "where not exists (select 1 from scheduler_locks where name = ?)",
                    name, until, holder, name));
            return inserted != null && inserted == 1 ? Optional.of(new Lease(name, holder)) : Optional.empty();
        } catch (DataIntegrityViolationException raced) {
            return Optional.empty(); // another node inserted the name at the same moment, and holds it
        }
    }

    /** A held lease; closing it releases it. */
    public final class Lease implements AutoCloseable {

        private final String name;
        private final String holder;

        private Lease(String name, String holder) {
            this.name = name;
            this.holder = holder;
        }

        public String name() {
            return name;
        }

        /** Holds it for {@code duration} from now; false when it was lost (expired and taken by another). */
        public boolean extend(Duration duration) {
            Integer kept = ownTransaction.execute(tx -> jdbc.update(
                    "update scheduler_locks set locked_until = ? where name = ? and locked_by = ?",
                    at(clock.instant().plus(duration)), name, holder));
            return kept != null && kept == 1;
        }

        /** Whether this holder still has it. */
        public boolean held() {
            Integer count = jdbc.queryForObject(
                    "select count(*) from scheduler_locks where name = ? and locked_by = ? and locked_until > ?",
                    Integer.class, name, holder, at(clock.instant()));
            return count != null && count > 0;
        }

        /** Releases it at once (a lease already lost is left alone). */
        @Override
        public void close() {
            ownTransaction.execute(tx -> jdbc.update(
                    "update scheduler_locks set locked_until = ? where name = ? and locked_by = ?",
                    at(clock.instant()), name, holder));
        }

        @Override
        public String toString() {
            return "lease " + name + " held by " + holder;
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
