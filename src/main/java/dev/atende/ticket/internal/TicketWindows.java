package dev.atende.ticket.internal;

import dev.atende.ticket.Ticket;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;

/**
 * A window of matching tickets without counting them all: a page of the queue asks for one row
 * more than it shows to know whether there is a next page. Over a million tickets, the exact
 * count costs more than the page itself.
 */
@Component
public class TicketWindows {

    private final EntityManager entityManager;

    TicketWindows(EntityManagerFactory entityManagerFactory) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }

    /** How many tickets match, counting no further than {@code limit} (a queue of "1,000+" needs no exact figure). */
    public int countUpTo(Specification<Ticket> matching, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Ticket.class);
        var where = matching.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
    }

    public List<Ticket> window(Specification<Ticket> matching, Sort sort, int offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Ticket.class);
        var root = query.from(Ticket.class);
        var where = matching.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
