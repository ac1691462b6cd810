package dev.atende.search.internal;

import dev.atende.identity.Actor;
import dev.atende.search.SearchHit;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and organizations by name, address or domain, for staff only (customers find
 * nobody: the directory is not theirs to browse). Every word must match, the last one may be
 * the start of a word ("ana sil" finds "Ana Silva"), and an exact address comes first.
 */
@Component
class DirectorySearch {

    static final String PEOPLE = "user";
    static final String ORGANIZATIONS = "organization";

    private final EntityManager entityManager;

    DirectorySearch(EntityManagerFactory entityManagerFactory) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }

    @Transactional(readOnly = true)
    public SearchResults people(Actor actor, SearchText text, int offset, int limit) {
        if (!actor.isStaff()) {
            return SearchResults.none(PEOPLE);
        }
        SearchResult<List<?>> result = Search.session(entityManager).search(IndexedPerson.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("name", String.class),
                        f.field("email", String.class), f.field("role", String.class),
                        f.field("active", Boolean.class), f.field("updatedAt", Instant.class),
                        f.highlight("name"), f.highlight("email")).asList())
                .where((f, root) -> root.add(f.or(
                        f.match().field("emailExact").matching(text.value()).boost(10f).toPredicate(),
                        words(f, text, "name", "email"))))
                .highlighter(Snippets::highlighter)
                .sort(f -> f.score().then().field("updatedAt").desc())
                .totalHitCountThreshold(SearchResults.EXACT_TOTAL_UP_TO)
                .fetch(offset, limit);
        var hits = new ArrayList<SearchHit>();
        for (List<?> row : result.hits()) {
            hits.add(person(row, actor.isAdmin()));
        }
        return new SearchResults(PEOPLE, result.total().hitCountLowerBound(), result.total().isHitCountExact(), hits);
    }

    @Transactional(readOnly = true)
    public SearchResults organizations(Actor actor, SearchText text, int offset, int limit) {
        if (!actor.isStaff()) {
            return SearchResults.none(ORGANIZATIONS);
        }
        SearchResult<List<?>> result = Search.session(entityManager).search(IndexedOrganization.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("name", String.class),
                        f.field("createdAt", Instant.class), f.highlight("name")).asList())
                .where((f, root) -> root.add(words(f, text, "name", "domains")))
                .highlighter(Snippets::highlighter)
                .totalHitCountThreshold(SearchResults.EXACT_TOTAL_UP_TO)
                .fetch(offset, limit);
        var hits = new ArrayList<SearchHit>();
        for (List<?> row : result.hits()) {
            long id = (Long) row.get(0);
            @SuppressWarnings("unchecked")
            String title = Snippets.markedOrEscaped((List<String>) row.get(3), (String) row.get(1));
            hits.add(new SearchHit(ORGANIZATIONS, id, title, null, actor.isAdmin() ? "/admin/organizations/" + id : null,
                    (Instant) row.get(2), null));
        }
        return new SearchResults(ORGANIZATIONS, result.total().hitCountLowerBound(),
                result.total().isHitCountExact(), hits);
    }

    /** Each word in one of the fields, the last also as the beginning of a longer word; or the whole text as analyzed. */
    private static SearchPredicate words(SearchPredicateFactory f, SearchText text, String... fields) {
        List<String> tokens = Tokens.of(text.value());
        if (tokens.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        var all = f.bool();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            var exact = f.match().fields(fields).matching(token);
            if (i == tokens.size() - 1) {
                all.must(f.or(exact, f.wildcard().fields(fields).matching(Tokens.escapeWildcard(token) + "*")));
            } else {
                all.must(exact);
            }
        }
        // the whole text through the field's analyzer too, for what word splitting would cut ("acme.com.br")
        return f.or(f.match().fields(fields).matching(text.value()).minimumShouldMatchPercent(100).toPredicate(),
                all.toPredicate()).toPredicate();
    }

    @SuppressWarnings("unchecked")
    private static SearchHit person(List<?> row, boolean admin) {
        long id = (Long) row.get(0);
        String email = (String) row.get(2);
        var details = new LinkedHashMap<String, Object>();
        details.put("email", email);
        details.put("role", row.get(3));
        details.put("active", row.get(4));
        String snippet = Snippets.markedOrEscaped((List<String>) row.get(7), email);
        return new SearchHit(PEOPLE, id, Snippets.markedOrEscaped((List<String>) row.get(6), (String) row.get(1)),
                snippet, admin ? "/admin/users/" + id : null, (Instant) row.get(5), details);
    }
}
