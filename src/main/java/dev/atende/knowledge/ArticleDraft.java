package dev.atende.knowledge;

import dev.atende.shared.Change;
import java.util.List;

/**
 * What a writer sends to create or change an article. Absent fields keep their value (or take
 * the default on creation); codes are in API spelling and checked by the service. A new
 * article with {@code translationOf} joins that article's set of translations.
 */
public record ArticleDraft(Change<String> title, Change<String> body, Change<Long> category,
        Change<List<String>> tags, Change<KbVisibility> visibility, Change<KbStatus> status, Change<String> locale,
        Long translationOf, Long sourceTicketId) {

    public static ArticleDraft of(String title, String body, Long category, List<String> tags, KbVisibility visibility,
            KbStatus status, String locale) {
        return new ArticleDraft(Change.to(title), Change.to(body), Change.to(category), Change.to(tags),
                Change.to(visibility), Change.to(status), Change.to(locale), null, null);
    }
}
