package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.shared.AfterCommit;
import dev.atende.sla.SlaBreached;
import dev.atende.sla.SlaTarget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Metrics for the people running Atende: the queue (open tickets, unassigned ones, those whose
 * SLA deadline falls within the hour), read at each scrape, and SLA breaches as they are recorded.
 */
@Component
class ReportingMetrics {

    private final MeterRegistry registry;

    ReportingMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.registry = registry;
        Gauge.builder("atende.tickets.open", jdbc, j -> count(j, "select count(*) from ticket_facts where status in "
                + KpiQueries.OPEN)).description("Tickets open now (new, open, pending, on hold)").register(registry);
        Gauge.builder("atende.tickets.unassigned", jdbc, j -> count(j, "select count(*) from ticket_facts where status in "
                + KpiQueries.OPEN + " and assignee_id is null")).description("Open tickets nobody is assigned to")
                .register(registry);
        Gauge.builder("atende.tickets.sla.due.soon", jdbc, j -> count(j, "select count(*) from tickets where sla_due_at > ? "
                + "and sla_due_at <= ?", at(clock.instant()), at(clock.instant().plus(Duration.ofHours(1)))))
                .description("Open tickets whose next SLA deadline falls within the hour").register(registry);
        for (SlaTarget target : SlaTarget.values()) {
            breaches(target); // shown at zero from the start
        }
    }

    private Counter breaches(SlaTarget target) {
        return Counter.builder("atende.sla.breaches").description("SLA targets missed").tag("target", target.code())
                .register(registry);
    }

    /** Counted once the breach is committed (a rolled-back change breached nothing). */
    @EventListener
    void on(SlaBreached event) {
        AfterCommit.run(() -> {
            breaches(event.target()).increment();
        });
    }

    private static double count(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
