package dev.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One holder at a time per name, across threads as across nodes (they share only the database). */
abstract class ClusterLockSpec extends ApiSpec {

    @Autowired
    ClusterLock lock;

    @Test
    void concurrentAcquirersOfANewNameGetItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = Unique.name("new-lock");
            assertThat(acquireAtOnce(name, 6)).as("winners of " + name).isEqualTo(1);
        }
    }

    @Test
    void concurrentAcquirersOfAnExpiredLeaseGetItOnce() throws Exception {
        String name = Unique.name("expired-lock");
        lock.tryAcquire(name, Duration.ofMillis(1)).orElseThrow();
        Thread.sleep(20);

        for (int round = 0; round < 5; round++) {
            assertThat(acquireAtOnce(name, 6)).as("winners of round " + round).isEqualTo(1);
            jdbc.update("update scheduler_locks set locked_until = locked_until - interval '1' hour where name = ?", name);
        }
    }

    @Test
    void aHeldLeaseIsRefusedUntilReleased() {
        String name = Unique.name("held-lock");
        var lease = lock.tryAcquire(name, Duration.ofMinutes(5)).orElseThrow();

        assertThat(lock.tryAcquire(name, Duration.ofMinutes(5))).isEmpty();
        assertThat(lease.held()).isTrue();
        lease.close();
        assertThat(lease.held()).isFalse();
        try (var again = lock.tryAcquire(name, Duration.ofMinutes(5)).orElseThrow()) {
            assertThat(again.held()).isTrue();
            lease.close(); // the old holder's late release leaves the new one alone
            assertThat(again.held()).isTrue();
        }
    }

    @Test
    void aLeaseRunsOutUnlessExtendedAndALostOneCannotBeExtended() throws Exception {
        String name = Unique.name("timed-lock");
        var first = lock.tryAcquire(name, Duration.ofMillis(300)).orElseThrow();
        assertThat(first.extend(Duration.ofMinutes(1))).isTrue();
        Thread.sleep(400);
        assertThat(lock.tryAcquire(name, Duration.ofMinutes(1))).isEmpty();

        jdbc.update("update scheduler_locks set locked_until = locked_until - interval '2' minute where name = ?", name);
        var second = lock.tryAcquire(name, Duration.ofMinutes(1));

        assertThat(second).isPresent();
        assertThat(first.extend(Duration.ofMinutes(1))).isFalse();
        assertThat(first.held()).isFalse();
        second.get().close();
    }

    private int acquireAtOnce(String name, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Optional<ClusterLock.Lease>>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return lock.tryAcquire(name, Duration.ofMinutes(1));
                }));
            }
            int winners = 0;
            for (var attempt : attempts) {
                if (attempt.get().isPresent()) {
                    winners++;
                }
            }
            return winners;
        } finally {
            pool.shutdown();
        }
    }
}
