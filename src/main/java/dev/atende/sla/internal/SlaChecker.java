package dev.atende.sla.internal;

import dev.atende.shared.ClusterLock;
import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaPolicy;
import dev.atende.ticket.TicketDueDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals warnings and breaches as they fall due, on one node at a time. Rows are found by
 * their next check time, so a run after a downtime catches up on everything missed, each breach
 * with the time it really happened.
 */
@Component
public class SlaChecker {

    private static final Logger log = LoggerFactory.getLogger(SlaChecker.class);
    private static final int PAGE = 200;
    private static final int MAX_PAGES_PER_RUN = 500;

    private final TicketSlaRecords records;
    private final SlaRules rules;
    private final SlaSignals signals;
    private final ClusterLock locks;
    private final TicketDueDates dueDates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaChecker(TicketSlaRecords records, SlaRules rules, SlaSignals signals, ClusterLock locks,
            PlatformTransactionManager transactions, Clock clock, TicketDueDates dueDates) {
        this.dueDates = dueDates;
        this.records = records;
        this.rules = rules;
        this.signals = signals;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${atende.sla.check-interval:PT30S}",
            initialDelayString = "${atende.sla.check-initial-delay:PT20S}")
    void run() {
        locks.tryAcquire("sla-check", Duration.ofMinutes(5)).ifPresent(lease -> {
            try (lease) {
                check(clock.instant());
            }
        });
    }

    /** Signals everything due by {@code now}; answers how many warnings and breaches were published. */
    public int check(Instant now) {
        int signalled = 0;
        var cached = new RunRules();
        Set<Long> failed = new HashSet<>();
        for (int page = 0; page < MAX_PAGES_PER_RUN; page++) {
            List<Long> due = transactions.execute(tx -> records.dueForCheck(now, PageRequest.of(0, PAGE)));
            if (due == null || due.isEmpty() || failed.containsAll(due)) {
                return signalled;
            }
            for (Long ticketId : due) {
                if (failed.contains(ticketId)) {
                    continue;
                }
                try {
                    Integer count = transactions.execute(tx -> checkOne(ticketId, now, cached));
                    signalled += count == null ? 0 : count;
                } catch (RuntimeException e) { // one broken row must not hold up every other ticket's SLA
                    failed.add(ticketId);
                    log.warn("SLA check of ticket {} failed: {}", ticketId, e.toString());
                }
            }
        }
        log.warn("SLA check stopped after {} pages; the rest is checked on the next run", MAX_PAGES_PER_RUN);
        return signalled;
    }

    /** Policies and calendars read once per run, not once per ticket (a catch-up may touch thousands). */
    private final class RunRules {

        private final Map<Long, Optional<SlaPolicy>> policies = new HashMap<>();
        private final Map<Long, BusinessCalendar> calendars = new HashMap<>();

        Optional<SlaPolicy> policy(Long id) {
            return id == null ? Optional.empty() : policies.computeIfAbsent(id, rules::policy);
        }

        BusinessCalendar calendar(SlaPolicy policy) {
            return calendars.computeIfAbsent(policy.calendarId(), id -> rules.calendar(policy));
        }
    }

    private int checkOne(long ticketId, Instant now, RunRules cached) {
        TicketSla sla = records.lock(ticketId).orElse(null);
        if (sla == null || sla.nextCheckAt() == null || sla.nextCheckAt().isAfter(now)) {
            return 0; // changed since it was listed
        }
        SlaPolicy policy = cached.policy(sla.policyId()).orElse(null);
        if (policy == null) {
            sla.recompute(null, null);
            records.save(sla);
            return 0;
        }
        var calendar = cached.calendar(policy);
        Instant dueBefore = sla.nextDueAt();
        int count = signals.emit(sla, sla.recompute(policy, calendar), now);
        records.save(sla);
        if (!java.util.Objects.equals(dueBefore, sla.nextDueAt())) {
            dueDates.dueAt(ticketId, sla.nextDueAt()); // a calendar changed meanwhile
        }
        return count;
    }
}
