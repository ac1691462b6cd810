package dev.atende.knowledge.internal;

import dev.atende.identity.Actor;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbHit;
import dev.atende.knowledge.KbSearch;
import dev.atende.knowledge.KbStatus;
import dev.atende.search.SearchContributor;
import dev.atende.search.SearchHit;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;

/**
 * Adds knowledge-base articles to the one search box: customers find published public articles,
 * the team also internal ones and drafts (which open in the editor).
 */
@Component
class ArticleSearchContributor implements SearchContributor {

    static final String TYPE = "article";

    private final KbSearch search;

    ArticleSearchContributor(KbSearch search) {
        this.search = search;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public SearchResults search(Actor actor, SearchText text, int offset, int limit) {
        var found = search.search(actor, text, null, KbSearch.Scope.WORKING, offset, limit);
        return new SearchResults(TYPE, found.total(), true, found.items().stream().map(ArticleSearchContributor::hit).toList());
    }

    private static SearchHit hit(KbHit hit) {
        KbArticle article = hit.article();
        var details = new LinkedHashMap<String, Object>();
        details.put("locale", article.locale());
        details.put("status", article.status().code());
        details.put("visibility", article.visibility().code());
        String url = article.status() == KbStatus.PUBLISHED ? article.helpPath() : "/agent/kb/articles/" + article.id();
        return new SearchHit(TYPE, article.id(), hit.title(), hit.snippet(), url, article.updatedAt(), details);
    }
}
