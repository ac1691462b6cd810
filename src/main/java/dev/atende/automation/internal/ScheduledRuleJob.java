package dev.atende.automation.internal;

import dev.atende.shared.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the scheduled rules every minute (settable), on one node at a time. */
@Component
class ScheduledRuleJob {

    static final String LOCK = "automation.scheduled-rules";
    private static final Logger log = LoggerFactory.getLogger(ScheduledRuleJob.class);

    private final ClusterLock lock;
    private final ScheduledRuleRunner runner;
    private final Clock clock;

    ScheduledRuleJob(ClusterLock lock, ScheduledRuleRunner runner, Clock clock) {
        this.lock = lock;
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${atende.automation.schedule-interval:PT1M}",
            fixedDelayString = "${atende.automation.schedule-interval:PT1M}")
    void run() {
        lock.tryAcquire(LOCK, Duration.ofMinutes(30)).ifPresent(lease -> {
            try (lease) {
                int acted = runner.runAt(clock.instant());
                if (acted > 0) {
                    log.info("scheduled rules acted {} times", acted);
                }
            } catch (RuntimeException e) {
                log.warn("scheduled rules pass failed: {}", e.toString());
            }
        });
    }
}
