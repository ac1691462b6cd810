package dev.atende.search.internal;

import dev.atende.identity.Actor;
import dev.atende.search.SearchHit;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import dev.atende.search.TicketSearchFilter;
import dev.atende.ticket.Priority;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets matching a text, among those the actor may see (the same rule as the ticket module's
 * {@code TicketAccess}: admins all, agents their visible groups, customers their own and their
 * sharing organization's). Customers search subjects and public replies only; staff also
 * internal notes and tags. A ticket number finds its ticket first; when nothing matches, one
 * typo per word is forgiven.
 *
 * <p>Results are read from the index alone (no database round trip per hit).
 */
@Component
class TicketSearch {

    static final String TYPE = "ticket";

    private final EntityManager entityManager;

    TicketSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }

    @Transactional(readOnly = true)
    public SearchResults search(Actor actor, SearchText text, TicketSearchFilter filter, int offset, int limit) {
        if (actor.isStaff() && !actor.isAdmin() && actor.visibleGroupIds().isEmpty()) {
            return SearchResults.none(TYPE);
        }
        SearchResult<List<?>> result = query(actor, text, filter, offset, limit, false);
        if (result.total().hitCountLowerBound() == 0 && text.ticketNumber() == null) {
            result = query(actor, text, filter, offset, limit, true);
        }
        var hits = new ArrayList<SearchHit>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, actor.isStaff() ? "/agent/tickets/" : "/portal/tickets/"));
        }
        return new SearchResults(TYPE, result.total().hitCountLowerBound(), result.total().isHitCountExact(), hits);
    }

    private SearchResult<List<?>> query(Actor actor, SearchText text, TicketSearchFilter filter, int offset, int limit,
            boolean forgiveTypos) {
        boolean staff = actor.isStaff();
        return Search.session(entityManager).search(IndexedTicket.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("number", Long.class),
                        f.field("subject", String.class),
                        f.field("status", String.class),
                        f.field("priority", Short.class),
                        f.field("channel", String.class),
                        f.field("updatedAt", Instant.class),
                        f.highlight("subject"),
                        f.highlight("publicText"),
                        staff ? f.highlight("internalText") : f.constant(List.of())).asList())
                .where((f, root) -> {
                    root.add(visibleTo(f, actor));
                    narrow(f, root::add, filter);
                    root.add(matching(f, text, staff, forgiveTypos));
                })
                .highlighter(Snippets::highlighter)
                .sort(f -> f.score().then().field("updatedAt").desc())
                .totalHitCountThreshold(SearchResults.EXACT_TOTAL_UP_TO)
                .fetch(offset, limit);
    }

    private static SearchPredicate matching(SearchPredicateFactory f, SearchText text, boolean staff,
            boolean forgiveTypos) {
        String[] fields = staff ? new String[] {"publicText", "internalText", "tags"} : new String[] {"publicText"};
        SearchPredicate words;
        if (forgiveTypos) {
            words = f.match().field("subject").boost(3f).fields(fields).matching(text.value())
                    .fuzzy(1, 1).minimumShouldMatchPercent(100).toPredicate();
        } else {
            words = f.simpleQueryString().field("subject").boost(3f).fields(fields).matching(text.value())
                    .defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                            SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE)
                    .toPredicate();
        }
        Long number = text.ticketNumber();
        if (number == null) {
            return words;
        }
        return f.or(f.match().field("number").matching(number).boost(100f).toPredicate(), words).toPredicate();
    }

    private static SearchPredicate visibleTo(SearchPredicateFactory f, Actor actor) {
        if (actor.isAdmin()) {
            return f.matchAll().toPredicate();
        }
        if (actor.isStaff()) {
            return f.terms().field("groupId").matchingAny(List.copyOf(actor.visibleGroupIds())).toPredicate();
        }
        var own = f.match().field("customerId").matching(actor.id());
        if (actor.organizationShared() && actor.organizationId() != null) {
            return f.or(own, f.match().field("organizationId").matching(actor.organizationId())).toPredicate();
        }
        return own.toPredicate();
    }

    private static void narrow(SearchPredicateFactory f, java.util.function.Consumer<SearchPredicate> add,
            TicketSearchFilter filter) {
        if (!filter.statuses().isEmpty()) {
            add.accept(f.terms().field("status").matchingAny(List.copyOf(filter.statuses())).toPredicate());
        }
        if (!filter.channels().isEmpty()) {
            add.accept(f.terms().field("channel").matchingAny(List.copyOf(filter.channels())).toPredicate());
        }
        if (filter.groupId() != null) {
            add.accept(f.match().field("groupId").matching(filter.groupId()).toPredicate());
        }
        if (filter.createdFrom() != null || filter.createdTo() != null) {
            add.accept(f.range().field("createdAt").between(filter.createdFrom(), filter.createdTo()).toPredicate());
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row, String pages) {
        long id = (Long) row.get(0);
        long number = (Long) row.get(1);
        String subject = (String) row.get(2);
        var details = new LinkedHashMap<String, Object>();
        details.put("number", Long.toString(number));
        details.put("status", row.get(3));
        details.put("priority", Priority.values()[(Short) row.get(4)].code());
        details.put("channel", row.get(5));
        String snippet = Snippets.first((List<String>) row.get(8), (List<String>) row.get(9));
        return new SearchHit(TYPE, id, Snippets.markedOrEscaped((List<String>) row.get(7), subject), snippet,
                pages + id, (Instant) row.get(6), details);
    }
}
