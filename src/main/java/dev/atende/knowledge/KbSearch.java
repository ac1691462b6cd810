package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.knowledge.internal.KbArticles;
import dev.atende.search.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds articles by their words, among those the actor may read: customers and visitors
 * published public articles, the team also internal ones (and drafts, where asked).
 *
 * <p>A search takes every word (simple query syntax: {@code "phrase"}, {@code -not},
 * {@code prefix*}, {@code a | b}; anything else is a word, never an error); when no article
 * has them all it forgives one typo per word, then settles for articles with some of the
 * words. Accents and case never matter, and Portuguese and English words are stemmed.
 * Suggestions for a request's subject take any of the words and the last one as a prefix,
 * since the customer is still typing it.
 *
 * <p>The index only picks candidates: each hit is read from the database and checked again,
 * so an index a moment behind never shows what the actor may not read.
 */
@Service
@Transactional(readOnly = true)
public class KbSearch {

    private static final Logger log = LoggerFactory.getLogger(KbSearch.class);
    private static final String[] TITLES = {"title", "title_pt", "title_en"};
    private static final String[] TEXTS = {"text", "text_pt", "text_en", "tags"};
    private static final int FRAGMENT = 180;

    /** Which articles a search looks at. */
    public enum Scope {
        /** What the contract promises for /api/v1/kb/search and the help center: published only. */
        PUBLISHED,
        /** For the team's global search: drafts too. */
        WORKING
    }

    private final EntityManager entityManager;
    private final KbArticles articles;

    KbSearch(EntityManagerFactory entityManagerFactory, KbArticles articles) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.articles = articles;
    }

    public KbSearchResults search(Actor actor, SearchText text, String locale, Scope scope, int offset, int limit) {
        boolean staff = KbAccess.seesEverything(actor);
        Function<SearchPredicateFactory, SearchPredicate> visible = f -> visible(f, staff, scope, locale);
        SearchResult<List<?>> result = run(visible, f -> allWords(f, text.value()), offset, limit);
        boolean approximate = false;
        if (result == null || result.total().hitCountLowerBound() == 0) {
            approximate = true;
            result = run(visible, f -> forgiving(f, text.value(), true), offset, limit);
            if (result == null || result.total().hitCountLowerBound() == 0) {
                result = run(visible, f -> forgiving(f, text.value(), false), offset, limit);
            }
        }
        if (result == null) {
            return KbSearchResults.none();
        }
        return new KbSearchResults(hits(actor, scope, result.hits()), result.total().hitCountLowerBound(),
                approximate && !result.hits().isEmpty());
    }

    /** Up to {@code limit} published articles the actor may read that match a subject being typed. */
    public List<KbHit> suggest(Actor actor, String subject, String locale, int limit) {
        String typed = subject == null ? "" : dev.atende.shared.Texts.withoutControlCharacters(subject).strip();
        if (typed.codePointCount(0, typed.length()) > SearchText.MAX_LENGTH) {
            typed = typed.substring(0, typed.offsetByCodePoints(0, SearchText.MAX_LENGTH));
        }
        String text = typed;
        if (text.isBlank()) {
            return List.of();
        }
        boolean staff = KbAccess.seesEverything(actor);
        String words = text;
        String last = text.substring(text.lastIndexOf(' ') + 1);
        if (!Character.isWhitespace(subject.charAt(subject.length() - 1)) && last.codePointCount(0, last.length()) >= 3
                && last.chars().allMatch(Character::isLetterOrDigit)) {
            words = text + " " + last + "*";
        }
        String query = words;
        SearchResult<List<?>> result = run(f -> visible(f, staff, Scope.PUBLISHED, null), f -> f.bool()
                .must(f.simpleQueryString().fields(TITLES).boost(3f).fields(TEXTS).matching(query)
                        .defaultOperator(BooleanOperator.OR)
                        .flags(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE))
                .should(locale == null ? f.matchNone() : f.match().field("locale").matching(locale).boost(2f))
                .toPredicate(), 0, limit);
        if (result == null || result.hits().isEmpty()) {
            result = run(f -> visible(f, staff, Scope.PUBLISHED, null), f -> forgiving(f, text, false), 0, limit);
        }
        return result == null ? List.of() : hits(actor, Scope.PUBLISHED, result.hits());
    }

    private SearchResult<List<?>> run(Function<SearchPredicateFactory, SearchPredicate> visible,
            Function<SearchPredicateFactory, SearchPredicate> words, int offset, int limit) {
        try {
            return Search.session(entityManager).search(KbArticle.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.highlight("title"), f.highlight("text")).asList())
                    .where((f, root) -> {
                        root.add(visible.apply(f));
                        root.add(words.apply(f));
                    })
                    .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .fragmentSize(FRAGMENT).numberOfFragments(1))
                    .sort(f -> f.score().then().field("updatedAt").desc())
                    .fetch(offset, limit);
        } catch (SearchException e) {
            // a query the engine cannot build (an odd mix of symbols) finds nothing rather than failing
            log.info("Knowledge-base query refused by the search engine: {}", e.getMessage());
            return null;
        }
    }

    private static SearchPredicate visible(SearchPredicateFactory f, boolean staff, Scope scope, String locale) {
        var bool = f.bool();
        if (!staff) {
            bool.must(f.match().field("visibility").matching(KbVisibility.PUBLIC));
        }
        if (staff && scope == Scope.WORKING) {
            bool.must(f.terms().field("status").matchingAny(List.of(KbStatus.PUBLISHED, KbStatus.DRAFT)));
        } else {
            bool.must(f.match().field("status").matching(KbStatus.PUBLISHED));
        }
        if (locale != null) {
            bool.must(f.match().field("locale").matching(locale));
        }
        return bool.toPredicate();
    }

    private static SearchPredicate allWords(SearchPredicateFactory f, String text) {
        return f.simpleQueryString().fields(TITLES).boost(3f).fields(TEXTS).matching(text)
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                        SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE)
                .toPredicate();
    }

    /** Each word with one typo forgiven; every word needed ({@code all}) or any of them. */
    private static SearchPredicate forgiving(SearchPredicateFactory f, String text, boolean all) {
        var match = f.match().fields(TITLES).boost(3f).fields("text", "text_pt", "text_en").matching(text).fuzzy(1, 1);
        return (all ? match.minimumShouldMatchPercent(100) : match).toPredicate();
    }

    @SuppressWarnings("unchecked")
    private List<KbHit> hits(Actor actor, Scope scope, List<List<?>> rows) {
        List<Long> ids = rows.stream().map(row -> (Long) row.get(0)).toList();
        Map<Long, KbArticle> found = new HashMap<>();
        if (!ids.isEmpty()) {
            articles.findByIds(ids).forEach(a -> found.put(a.id(), a));
        }
        Set<KbStatus> allowed = scope == Scope.WORKING && KbAccess.seesEverything(actor)
                ? Set.of(KbStatus.PUBLISHED, KbStatus.DRAFT) : Set.of(KbStatus.PUBLISHED);
        List<KbHit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            KbArticle article = found.get((Long) row.get(0));
            if (article == null || !KbAccess.sees(actor, article) || !allowed.contains(article.status())) {
                continue;
            }
            String title = first((List<String>) row.get(1));
            String snippet = first((List<String>) row.get(2));
            hits.add(new KbHit(article, title != null ? title : HtmlUtils.htmlEscape(article.title()),
                    snippet != null ? snippet : HtmlUtils.htmlEscape(beginning(article.plainText()))));
        }
        return hits;
    }

    private static String first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    private static String beginning(String text) {
        if (text.length() <= FRAGMENT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT);
        return text.substring(0, cut > FRAGMENT / 2 ? cut : FRAGMENT) + "…";
    }
}
