package dev.atende.knowledge.web;

import dev.atende.knowledge.ArticleDraft;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import dev.atende.shared.Change;
import java.util.Arrays;
import java.util.List;

/** The article editor's fields as the browser posts them. {@code tags}: comma-separated. */
record ArticleForm(String title, String body, Long category, String tags, String visibility, String locale,
        Long version, Long translationOf, Long sourceTicket) {

    static ArticleForm of(KbArticle a) {
        return new ArticleForm(a.title(), a.body(), a.categoryId(), String.join(", ", a.tags()), a.visibility().code(),
                a.locale(), a.version(), null, a.sourceTicketId());
    }

    static ArticleForm blank(String locale) {
        return new ArticleForm("", "", null, "", KbVisibility.PUBLIC.code(), locale, null, null, null);
    }

    ArticleDraft draft(KbStatus status) {
        KbVisibility v = KbVisibility.fromCode(visibility);
        return new ArticleDraft(Change.to(title), Change.to(body), Change.to(category), Change.to(tagList()),
                Change.to(v == null ? KbVisibility.PUBLIC : v), status == null ? Change.absent() : Change.to(status),
                Change.to(locale), translationOf, sourceTicket);
    }

    List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
