package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.UserRef;
import dev.atende.knowledge.ArticleStats;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbArticleVersion;
import dev.atende.knowledge.KbAttachment;
import dev.atende.knowledge.KbCategory;
import dev.atende.knowledge.KbCategoryManagement;
import dev.atende.knowledge.KbComment;
import dev.atende.knowledge.KbHit;
import dev.atende.knowledge.web.KbJson.ArticleJson;
import dev.atende.knowledge.web.KbJson.ArticleSummary;
import dev.atende.knowledge.web.KbJson.CategoryRef;
import dev.atende.knowledge.web.KbJson.TranslationRef;
import dev.atende.shared.Locales;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns articles and their parts into the API's JSON, with names of categories and people. */
@Component
class KbViews {

    private final KbArticleManagement articles;
    private final KbCategoryManagement categories;
    private final Directory directory;

    KbViews(KbArticleManagement articles, KbCategoryManagement categories, Directory directory) {
        this.articles = articles;
        this.categories = categories;
        this.directory = directory;
    }

    ArticleJson article(Actor actor, KbArticle a) {
        Map<String, TranslationRef> translations = new LinkedHashMap<>();
        articles.translations(actor, a).forEach((locale, t) ->
                translations.put(locale, new TranslationRef(t.id(), t.title(), t.status().code())));
        UserRef author = a.authorId() == null || actor == null || !actor.isStaff() ? null
                : directory.users(Set.of(a.authorId())).get(a.authorId());
        return new ArticleJson(a.id(), a.title(), a.body(), category(actor, a.categoryId(), locale(a)),
                List.copyOf(a.tags()), a.visibility().code(), a.status().code(), a.locale(), translations, a.helpPath(),
                a.revision(), author, actor != null && actor.isStaff() ? a.sourceTicketId() : null, a.createdAt(),
                a.updatedAt(), a.publishedAt(), a.version());
    }

    List<ArticleSummary> summaries(Actor actor, Collection<KbArticle> list, Locale locale) {
        Map<Long, String> paths = categories.paths(actor, locale);
        return list.stream().map(a -> new ArticleSummary(a.id(), a.title(),
                a.categoryId() == null || !paths.containsKey(a.categoryId()) ? null
                        : new CategoryRef(a.categoryId(), paths.get(a.categoryId())),
                List.copyOf(a.tags()), a.visibility().code(), a.status().code(), a.locale(), a.helpPath(),
                a.updatedAt())).toList();
    }

    List<KbJson.VersionJson> versions(Actor actor, List<KbArticleVersion> versions, Locale locale) {
        Map<Long, UserRef> editors = directory.users(versions.stream().map(KbArticleVersion::editorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return versions.stream().map(v -> new KbJson.VersionJson(v.revision(), v.title(), v.body(),
                category(actor, v.categoryId(), locale), v.tags(), v.visibility().code(), v.status().code(),
                v.editorId() == null ? null : editors.get(v.editorId()), v.note(), v.createdAt())).toList();
    }

    KbJson.CategoryJson category(KbCategory c, Map<Long, String> paths) {
        return new KbJson.CategoryJson(c.id(), c.name(), c.parentId(), c.position(), c.names(), paths.get(c.id()));
    }

    KbJson.HitJson hit(KbHit hit) {
        KbArticle a = hit.article();
        return new KbJson.HitJson(a.id(), hit.title(), hit.snippet(), a.locale(), a.helpPath(), a.status().code(),
                a.visibility().code());
    }

    List<KbJson.CommentJson> comments(List<KbComment> comments) {
        Map<Long, UserRef> authors = directory.users(comments.stream().map(KbComment::authorId).collect(Collectors.toSet()));
        return comments.stream().map(c -> new KbJson.CommentJson(c.id(), c.articleId(), authors.get(c.authorId()),
                c.body(), c.status().code(), c.createdAt())).toList();
    }

    static KbJson.FileJson file(KbAttachment f) {
        return new KbJson.FileJson(f.id(), f.articleId(), f.fileName(), f.contentType(), f.size(), f.url());
    }

    static KbJson.StatsJson stats(ArticleStats s) {
        return new KbJson.StatsJson(s.article().id(), s.article().title(), s.article().helpPath(), s.views(),
                s.helpful(), s.notHelpful());
    }

    private CategoryRef category(Actor actor, Long id, Locale locale) {
        if (id == null) {
            return null;
        }
        String path = categories.paths(actor, locale).get(id);
        return path == null ? null : new CategoryRef(id, path);
    }

    private static Locale locale(KbArticle a) {
        Locale locale = Locales.parse(a.locale());
        return locale == null ? Locales.EN : locale;
    }
}
