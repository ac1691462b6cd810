package dev.atende.reporting.internal;

import dev.atende.reporting.RatingSource;
import dev.atende.sla.SlaSettingsChanged;
import dev.atende.sla.TicketSlas;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the facts of every ticket from the sources, a slice of ticket ids per transaction:
 * after an upgrade, a restore, or to check that the kept facts are exact. Also recomputes the
 * tickets of SLA policies whose calendar or targets changed (their business times move).
 */
@Component
public class FactsRebuild {

    private static final Logger log = LoggerFactory.getLogger(FactsRebuild.class);
    static final int SLICE = 5_000;

    private final FactSource source;
    private final FactStore store;
    private final TicketSlas slas;
    private final ObjectProvider<RatingSource> ratings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FactsRebuild(FactSource source, FactStore store, TicketSlas slas, ObjectProvider<RatingSource> ratings,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.source = source;
        this.store = store;
        this.slas = slas;
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every ticket's facts, recomputed; answers how many tickets there are. */
    public long rebuildAll() {
        long[] range = source.idRange();
        if (range == null) {
            jdbc.update("delete from ticket_facts");
            return 0;
        }
        long count = 0;
        var calendars = new FactsRefresher.CalendarCache(slas);
        for (long from = range[0]; from <= range[1]; from += SLICE) {
            long lo = from;
            long hi = Math.min(range[1], from + SLICE - 1);
            Integer done = transactions.execute(tx -> rebuild(lo, hi, calendars));
            count += done == null ? 0 : done;
        }
        jdbc.update("delete from ticket_facts where ticket_id < ? or ticket_id > ?", range[0], range[1]);
        log.info("Rebuilt the report facts of {} tickets", count);
        return count;
    }

    private int rebuild(long lo, long hi, FactsRefresher.CalendarCache calendars) {
        List<SourceRow> rows = source.read(lo, hi);
        store.writeAll(rows.stream().map(r -> FactCalculator.facts(r, calendars.of(r.policyId()))).toList(),
                clock.instant());
        store.removeMissing(lo, hi);
        RatingSource rated = ratings.getIfAvailable();
        if (rated != null && !rows.isEmpty()) {
            List<Long> ids = rows.stream().map(SourceRow::ticketId).toList();
            store.writeRatings(ids, rated.ratings(ids));
        }
        return rows.size();
    }

    /** A policy's calendar or targets changed: the business times and outcomes of its tickets follow. */
    @ApplicationModuleListener
    void on(SlaSettingsChanged event) {
        for (Long policy : event.policyIds()) {
            List<Long> ids = jdbc.queryForList("select ticket_id from ticket_slas where policy_id = ? order by ticket_id",
                    Long.class, policy);
            var calendars = new FactsRefresher.CalendarCache(slas);
            for (int i = 0; i < ids.size(); i += SLICE) {
                List<Long> slice = ids.subList(i, Math.min(ids.size(), i + SLICE));
                transactions.executeWithoutResult(tx -> {
                    for (Long id : slice) {
                        store.lock(id);
                    }
                    var wanted = new java.util.HashSet<>(slice);
                    List<SourceRow> rows = source.read(slice.get(0), slice.get(slice.size() - 1)).stream()
                            .filter(r -> wanted.contains(r.ticketId())).toList();
                    store.writeAll(rows.stream().map(r -> FactCalculator.facts(r, calendars.of(r.policyId()))).toList(),
                            clock.instant());
                });
            }
        }
    }
}
