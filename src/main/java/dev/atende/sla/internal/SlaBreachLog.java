package dev.atende.sla.internal;

import dev.atende.sla.SlaTarget;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every breach with its true time, for reports: once per ticket, target and due time. */
@Component
class SlaBreachLog {

    private final JdbcClient jdbc;

    SlaBreachLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long ticketId, Long policyId, SlaTarget target, Instant dueAt, Instant noticedAt) {
        jdbc.sql("insert into sla_breaches (ticket_id, policy_id, target, due_at, recorded_at) "
                + "select :ticket, :policy, :target, :due, :now where not exists (select 1 from sla_breaches "
                + "where ticket_id = :ticket and target = :target and due_at = :due)")
                .param("ticket", ticketId).param("policy", policyId).param("target", target.code())
                .param("due", Timestamp.from(dueAt)).param("now", Timestamp.from(noticedAt)).update();
    }
}
