package dev.atende.sla.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaClock;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaTarget;
import dev.atende.ticket.TicketDueDates;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the due times of every unsolved ticket under some policies after their calendar or
 * targets changed: rows are read a chunk at a time and written back in JDBC batches, each row only
 * if nobody changed it meanwhile (the tracker then computed it with the new settings already).
 */
@Component
public class SlaRecomputation {

    private static final Logger log = LoggerFactory.getLogger(SlaRecomputation.class);
    private static final int CHUNK = 2000;

    private final JdbcTemplate jdbc;
    private final SlaRules rules;
    private final SlaPolicies policies;
    private final TransactionTemplate transactions;
    private final TicketDueDates dueDates;
    private final TicketSlaRecords records;

    SlaRecomputation(JdbcTemplate jdbc, SlaRules rules, SlaPolicies policies, PlatformTransactionManager transactions,
            TicketDueDates dueDates, TicketSlaRecords records) {
        this.jdbc = jdbc;
        this.records = records;
        this.dueDates = dueDates;
        this.rules = rules;
        this.policies = policies;
        this.transactions = new TransactionTemplate(transactions);
    }

    public int forCalendar(long calendarId) {
        return forPolicies(policies.findByCalendarId(calendarId).stream().map(SlaPolicy::id).toList());
    }

    /** Answers how many tickets got new due times. */
    public int forPolicies(Collection<Long> policyIds) {
        int total = 0;
        for (Long policyId : policyIds) {
            SlaPolicy policy = rules.policy(policyId).orElse(null);
            if (policy == null) {
                continue;
            }
            BusinessCalendar calendar = rules.calendar(policy);
            long after = 0;
            while (true) {
                long from = after;
                List<Row> rows = jdbc.query("select ticket_id, started_at, pauses, first_response_at, "
                        + "awaiting_reply_since, resolved_at, warned, breached, version from ticket_slas "
                        + "where policy_id = ? and resolved_at is null and ticket_id > ? order by ticket_id limit ?",
                        (rs, i) -> new Row(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getString(3),
                                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                                rs.getString(7), rs.getString(8), rs.getLong(9)),
                        policyId, from, CHUNK);
                if (rows.isEmpty()) {
                    break;
                }
                total += write(rows, policy, calendar);
                after = rows.get(rows.size() - 1).ticketId();
            }
        }
        log.info("Recomputed SLA due times of {} tickets (policies {})", total, policyIds);
        return total;
    }

    private int write(List<Row> rows, SlaPolicy policy, BusinessCalendar calendar) {
        List<Object[]> updates = new ArrayList<>(rows.size());
        Map<Long, Instant> dueTimes = new HashMap<>();
        List<Long> changedMeanwhile = new ArrayList<>();
        for (Row row : rows) {
            var facts = new SlaFacts(new SlaClock(row.startedAt(), TicketSla.PauseText.parse(row.pauses())),
                    row.firstResponseAt(), row.awaitingReplySince(), row.resolvedAt(), TicketSla.targets(row.warned()),
                    TicketSla.targets(row.breached()));
            var times = facts.times(policy, calendar);
            updates.add(new Object[] {timestamp(times.due(SlaTarget.FIRST_RESPONSE)),
                    timestamp(times.due(SlaTarget.NEXT_RESPONSE)), timestamp(times.due(SlaTarget.RESOLUTION)),
                    timestamp(times.nextDue()), timestamp(times.nextCheck(facts.warned(), facts.breached())),
                    timestamp(times.nextWarn()), row.ticketId(), row.version()});
            dueTimes.put(row.ticketId(), times.nextDue());
        }
        int[][] done = transactions.execute(tx -> {
            int[][] counts = jdbc.batchUpdate("update ticket_slas set first_response_due_at = ?, "
                    + "next_response_due_at = ?, resolution_due_at = ?, next_due_at = ?, next_check_at = ?, "
                    + "next_warn_at = ?, version = version + 1 where ticket_id = ? and version = ?", updates,
                    updates.size(), (ps, u) -> {
                        for (int i = 0; i < u.length; i++) {
                            ps.setObject(i + 1, u[i]);
                        }
                    });
            Map<Long, Instant> stored = new HashMap<>();
            int i = 0;
            for (int[] batch : counts) {
                for (int count : batch) {
                    long ticketId = (Long) updates.get(i++)[6];
                    if (count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO) {
                        stored.put(ticketId, dueTimes.get(ticketId));
                    } else {
                        changedMeanwhile.add(ticketId);
                    }
                }
            }
            dueDates.dueAt(stored);
            return counts;
        });
        // rows changed while this chunk was computed: once more, one by one under their lock
        for (Long ticketId : changedMeanwhile) {
            transactions.executeWithoutResult(tx -> records.lock(ticketId).ifPresent(sla -> {
                sla.recompute(policy, calendar);
                records.save(sla);
                dueDates.dueAt(ticketId, sla.resolvedAt() == null ? sla.nextDueAt() : null);
            }));
        }
        int written = 0;
        for (int[] batch : done) {
            for (int count : batch) {
                written += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        return written;
    }

    private record Row(long ticketId, Instant startedAt, String pauses, Instant firstResponseAt,
            Instant awaitingReplySince, Instant resolvedAt, String warned, String breached, long version) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
