package dev.atende.reporting.internal;

import dev.atende.reporting.ReportSchedule;
import dev.atende.shared.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each schedule's report once its week or month is over, on one node at a time. Each
 * schedule remembers the end of the last period it mailed, so a period that ended while the
 * server was down is mailed at the next start (the latest one only: older ones are stale news).
 * The mails are queued in the same transaction that moves that mark: a period goes out once.
 */
@Component
public class ScheduledReports {

    public static final String LOCK = "reporting-schedules";
    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

    private final ScheduleStore store;
    private final ReportMailer mailer;
    private final ClusterLock locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledReports(ScheduleStore store, ReportMailer mailer, ClusterLock locks, PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${atende.reporting.schedule-interval:PT5M}",
            initialDelayString = "${atende.reporting.schedule-initial-delay:PT30S}")
    public void run() {
        locks.tryAcquire(LOCK, Duration.ofMinutes(15)).ifPresent(lease -> {
            try (lease) {
                runDue(clock.instant());
            }
        });
    }

    /** Mails every report whose period ended by {@code now} and was not mailed yet; answers how many schedules ran. */
    public int runDue(Instant now) {
        int ran = 0;
        for (ReportSchedule schedule : store.all()) {
            if (!schedule.active() || !due(schedule, now)) {
                continue;
            }
            try {
                Boolean done = transactions.execute(tx -> store.lock(schedule.id()).filter(s -> s.active() && due(s, now))
                        .map(s -> {
                            ZoneId zone = ZoneId.of(s.timeZone());
                            Instant end = s.frequency().lastPeriodEnd(now, zone);
                            mailer.mail(s, s.frequency().periodStart(end, zone), end);
                            store.update(new ReportSchedule(s.id(), s.name(), s.frequency(), s.group(), s.timeZone(),
                                    s.recipients(), s.active(), end, now));
                            return true;
                        }).orElse(false));
                ran += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) { // one broken schedule must not hold up the others
                log.warn("Scheduled report {} failed: {}", schedule.id(), e.toString());
            }
        }
        return ran;
    }

    private static boolean due(ReportSchedule s, Instant now) {
        Instant end = s.frequency().lastPeriodEnd(now, ZoneId.of(s.timeZone()));
        return s.lastPeriodEnd() == null || s.lastPeriodEnd().isBefore(end);
    }
}
