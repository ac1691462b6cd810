package dev.atende.knowledge.web;

import dev.atende.identity.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the knowledge-base API reads and writes, as JSON. */
final class KbJson {

    private KbJson() {
    }

    record CategoryRef(long id, String name) {
    }

    record TranslationRef(long id, String title, String status) {
    }

    record ArticleJson(long id, String title, String body, CategoryRef category, List<String> tags, String visibility,
            String status, String locale, Map<String, TranslationRef> translations, String url, int revision,
            UserRef author, Long sourceTicket, Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {
    }

    /** An article in a list: everything but the body. */
    record ArticleSummary(long id, String title, CategoryRef category, List<String> tags, String visibility,
            String status, String locale, String url, Instant updatedAt) {
    }

    record VersionJson(int revision, String title, String body, CategoryRef category, List<String> tags,
            String visibility, String status, UserRef editor, String note, Instant createdAt) {
    }

    record CategoryJson(long id, String name, Long parent, int position, Map<String, String> names, String path) {
    }

    /** A found article: {@code title} and {@code snippet} are escaped HTML with {@code <mark>} around matches. */
    record HitJson(long id, String title, String snippet, String locale, String url, String status,
            String visibility) {
    }

    record SearchJson(List<HitJson> items, long total, boolean approximate) {
    }

    record VotesJson(long helpful, long notHelpful) {
    }

    record CommentJson(long id, long article, UserRef author, String body, String status, Instant createdAt) {
    }

    record FileJson(long id, Long article, String fileName, String contentType, long size, String url) {
    }

    record StatsJson(long id, String title, String url, long views, long helpful, long notHelpful) {
    }

    record InsightsJson(List<StatsJson> mostViewed, List<StatsJson> leastHelpful, long sessionsWithSuggestions,
            long deflected) {
    }
}
