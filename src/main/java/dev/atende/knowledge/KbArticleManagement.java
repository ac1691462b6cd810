package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.knowledge.internal.ArticleRules;
import dev.atende.knowledge.internal.KbArticles;
import dev.atende.knowledge.internal.KbAttachmentRecords;
import dev.atende.knowledge.internal.KbCategories;
import dev.atende.knowledge.internal.KbVersions;
import dev.atende.shared.Change;
import dev.atende.shared.ConflictException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.PreconditionFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading articles: create, change, publish, translate, and the version history
 * with restore. Every save records a version (who, when, what). The team writes; customers and
 * visitors read published public articles only ({@link KbAccess}). A null actor is a visitor.
 */
@Service
@Transactional
public class KbArticleManagement {

    private final KbArticles articles;
    private final KbVersions versions;
    private final KbCategories categories;
    private final KbAttachmentRecords files;
    private final Clock clock;

    KbArticleManagement(KbArticles articles, KbVersions versions, KbCategories categories, KbAttachmentRecords files,
            Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.categories = categories;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<KbArticle> list(Actor actor, KbArticleFilter filter, PageRequest page) {
        boolean all = KbAccess.seesEverything(actor);
        String title = filter.title() == null || filter.title().isBlank() ? null
                : filter.title().strip().toLowerCase(Locale.ROOT);
        var found = articles.find(!all, filter.status(), filter.visibility(), filter.locale(), filter.categoryId(),
                title, org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new PageResult<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    /** Every published public article, for the sitemap. */
    @Transactional(readOnly = true)
    public List<KbArticle> publicArticles() {
        return articles.findAllPublic();
    }

    @Transactional(readOnly = true)
    public KbArticle get(Actor actor, long id) {
        return KbAccess.visible(actor, articles.findById(id).orElse(null));
    }

    /** The article's translations the actor may read, by language tag, without the article itself. */
    @Transactional(readOnly = true)
    public Map<String, KbArticle> translations(Actor actor, KbArticle article) {
        Map<String, KbArticle> others = new TreeMap<>();
        if (article.translationGroup() == null) {
            return others;
        }
        for (KbArticle other : articles.findByTranslationGroup(article.translationGroup())) {
            if (!other.id().equals(article.id()) && KbAccess.sees(actor, other)) {
                others.put(other.locale(), other);
            }
        }
        return others;
    }

    public KbArticle create(Actor actor, ArticleDraft draft) {
        KbAccess.requireWriter(actor);
        var problems = new InvalidInputException.Collector();
        String title = ArticleRules.title(value(draft.title(), null), problems);
        String body = ArticleRules.body(value(draft.body(), null), problems);
        List<String> tags = ArticleRules.tags(value(draft.tags(), List.of()), problems);
        Long category = category(value(draft.category(), null), problems);
        String defaultLocale = (actor.locale() == null ? Locales.EN : actor.locale()).toLanguageTag();
        String locale = ArticleRules.locale(value(draft.locale(), defaultLocale), problems);
        KbArticle original = null;
        if (draft.translationOf() != null) {
            original = articles.findById(draft.translationOf()).orElse(null);
            if (original == null) {
                problems.add("translationOf", "error.kb.notFound");
            } else if (locale != null && translationExists(original, locale)) {
                problems.add("locale", "error.kb.translation.exists", locale);
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        var article = new KbArticle(locale, title, body, category, tags,
                value(draft.visibility(), KbVisibility.PUBLIC), value(draft.status(), KbStatus.DRAFT), actor.id(),
                draft.sourceTicketId(), now);
        article = save(article);
        if (original != null) {
            long group = original.translationGroup() != null ? original.translationGroup() : original.id();
            original.joinTranslations(group);
            article.joinTranslations(group);
            save(article);
        }
        linkFiles(article);
        versions.save(KbArticleVersion.of(article, actor.id(), null, now));
        return article;
    }

    public KbArticle update(Actor actor, long id, Long expectedVersion, ArticleDraft changes) {
        KbAccess.requireWriter(actor);
        KbArticle article = articles.findById(id).orElseThrow(() -> new NotFoundException("error.kb.notFound"));
        if (expectedVersion != null && expectedVersion != article.version()) {
            throw new PreconditionFailedException("error.kb.stale");
        }
        var problems = new InvalidInputException.Collector();
        String title = changes.title().present() ? ArticleRules.title(changes.title().value(), problems) : article.title();
        String body = changes.body().present() ? ArticleRules.body(changes.body().value(), problems) : article.body();
        List<String> tags = changes.tags().present() ? ArticleRules.tags(changes.tags().value(), problems)
                : List.copyOf(article.tags());
        Long category = changes.category().present() ? category(changes.category().value(), problems)
                : article.categoryId();
        if (changes.locale().present() && !article.locale().equals(ArticleRules.locale(changes.locale().value(), problems))) {
            problems.add("locale", "error.kb.locale.fixed");
        }
        KbVisibility visibility = value(changes.visibility(), article.visibility());
        problems.throwIfAny();
        Instant now = clock.instant();
        boolean changed = article.edit(title, body, category, tags, visibility);
        if (changes.status().present() && changes.status().value() != null) {
            changed |= article.moveTo(changes.status().value(), now);
        }
        if (changed) {
            article.revised(now);
            article = save(article);
            linkFiles(article);
            versions.save(KbArticleVersion.of(article, actor.id(), null, now));
        }
        return article;
    }

    @Transactional(readOnly = true)
    public List<KbArticleVersion> versions(Actor actor, long id) {
        KbAccess.requireWriter(actor);
        articles.findById(id).orElseThrow(() -> new NotFoundException("error.kb.notFound"));
        return versions.findByArticleIdOrderByRevisionDesc(id);
    }

    @Transactional(readOnly = true)
    public KbArticleVersion version(Actor actor, long id, int revision) {
        KbAccess.requireWriter(actor);
        return versions.findByArticleIdAndRevision(id, revision)
                .orElseThrow(() -> new NotFoundException("error.kb.version.notFound"));
    }

    /**
     * Brings back what an earlier version said (title, body, category, tags, visibility) as a new
     * version; the article stays published or draft as it is now.
     */
    public KbArticle restore(Actor actor, long id, int revision, Long expectedVersion) {
        KbArticleVersion old = version(actor, id, revision);
        KbArticle article = articles.findById(id).orElseThrow(() -> new NotFoundException("error.kb.notFound"));
        if (expectedVersion != null && expectedVersion != article.version()) {
            throw new PreconditionFailedException("error.kb.stale");
        }
        Long category = old.categoryId() != null && categories.existsById(old.categoryId()) ? old.categoryId() : null;
        Instant now = clock.instant();
        article.edit(old.title(), old.body(), category, old.tags(), old.visibility());
        article.revised(now);
        article = save(article);
        linkFiles(article);
        versions.save(KbArticleVersion.of(article, actor.id(), "restored:" + revision, now));
        return article;
    }

    private KbArticle save(KbArticle article) {
        try {
            return articles.saveAndFlush(article);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.kb.translation.conflict");
        }
    }

    private boolean translationExists(KbArticle original, String locale) {
        if (original.locale().equals(locale)) {
            return true;
        }
        return original.translationGroup() != null && articles.findByTranslationGroup(original.translationGroup())
                .stream().anyMatch(a -> a.locale().equals(locale));
    }

    private Long category(Long id, InvalidInputException.Collector problems) {
        if (id != null && !categories.existsById(id)) {
            problems.add("category", "error.kb.category.notFound");
        }
        return id;
    }

    /** Files uploaded from the editor belong to the article that first shows them. */
    private void linkFiles(KbArticle article) {
        var ids = ArticleRules.linkedFiles(article.body());
        if (!ids.isEmpty()) {
            files.findByIdInAndArticleIdIsNull(ids).forEach(file -> file.attachTo(article.id()));
        }
    }

    private static <T> T value(Change<T> change, T fallback) {
        return change != null && change.present() && change.value() != null ? change.value() : fallback;
    }
}
