package dev.atende.reporting.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaBreached;
import dev.atende.sla.TicketSlas;
import dev.atende.ticket.ArticleAdded;
import dev.atende.ticket.TicketCreated;
import dev.atende.ticket.TicketStatusChanged;
import dev.atende.ticket.TicketUpdated;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps each ticket's facts in the same transaction as the change: the ticket events of a
 * transaction only note the ticket, and just before the commit (after every other module has
 * reacted, the SLA's bookkeeping included) its facts are recomputed whole from the sources. One
 * statement reads them, one writes them; nothing is published, nothing runs after the commit.
 */
@Component
class FactsRefresher {

    private final FactSource source;
    private final FactStore store;
    private final TicketSlas slas;
    private final EntityManagerFactory entities;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FactsRefresher(FactSource source, FactStore store, TicketSlas slas, EntityManagerFactory entities,
            PlatformTransactionManager transactions, Clock clock) {
        this.source = source;
        this.store = store;
        this.slas = slas;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    void on(TicketCreated event) {
        touched(event.ticketId());
    }

    @EventListener
    void on(TicketUpdated event) {
        touched(event.ticketId());
    }

    @EventListener
    void on(TicketStatusChanged event) {
        touched(event.ticketId());
    }

    @EventListener
    void on(ArticleAdded event) {
        if (!event.internal()) { // notes change no figure
            touched(event.ticketId());
        }
    }

    @EventListener
    void on(SlaBreached event) {
        touched(event.ticketId());
    }

    /** Recomputes one ticket's facts now, in the caller's transaction (or a new one). */
    void refresh(long ticketId) {
        transactions.executeWithoutResult(tx -> refreshNow(List.of(ticketId)));
    }

    private void touched(long ticketId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(ticketId);
            return;
        }
        // the synchronizations are the current transaction's own (an inner new transaction has others)
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof BeforeCommit mine && mine.owner() == this) {
                mine.ids().add(ticketId);
                return;
            }
        }
        var mine = new BeforeCommit(this, new TreeSet<>());
        mine.ids().add(ticketId);
        TransactionSynchronizationManager.registerSynchronization(mine);
    }

    /** The tickets a transaction touched, refreshed just before it commits. */
    private record BeforeCommit(FactsRefresher owner, TreeSet<Long> ids) implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(owner.entities);
            if (em != null) {
                em.flush(); // what the ticket's entities changed must be visible to the statement
            }
            owner.refreshNow(ids);
        }
    }

    /** In id order, so that two transactions touching the same tickets lock them in the same order. */
    private void refreshNow(Iterable<Long> ticketIds) {
        var calendars = new CalendarCache(slas);
        for (Long id : ticketIds) {
            boolean exists = store.lock(id);
            List<SourceRow> rows = source.read(id, id);
            if (rows.isEmpty()) {
                continue;
            }
            SourceRow row = rows.get(0);
            store.write(FactCalculator.facts(row, calendars.of(row.policyId())), exists, clock.instant());
        }
    }

    /** Policies' calendars, read once per batch. */
    static final class CalendarCache {

        private final TicketSlas slas;
        private final Map<Long, Optional<BusinessCalendar>> calendars = new HashMap<>();

        CalendarCache(TicketSlas slas) {
            this.slas = slas;
        }

        BusinessCalendar of(Long policyId) {
            return policyId == null ? null : calendars.computeIfAbsent(policyId, slas::calendarOf).orElse(null);
        }
    }
}
