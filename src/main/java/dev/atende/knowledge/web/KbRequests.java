package dev.atende.knowledge.web;

import dev.atende.knowledge.ArticleDraft;
import dev.atende.knowledge.CategoryDraft;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbCategory;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import dev.atende.knowledge.internal.ArticleRules;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads article and category bodies field by field, every type error in one 422. */
final class KbRequests {

    private KbRequests() {
    }

    static ArticleDraft article(JsonNode body) {
        var in = new PatchReader(body);
        Change<String> title = in.string("title", KbArticle.MAX_TITLE, false);
        Change<String> text = in.string("body", KbArticle.MAX_BODY, false);
        Change<Long> category = in.id("category");
        Change<List<String>> tags = in.strings("tags", ArticleRules.MAX_TAGS, ArticleRules.MAX_TAG);
        Change<KbVisibility> visibility = in.code("visibility", KbVisibility::fromCode);
        Change<KbStatus> status = in.code("status", KbStatus::fromCode);
        Change<String> locale = in.string("locale", 10, false);
        Change<Long> translationOf = in.id("translationOf");
        Change<Long> sourceTicket = in.id("sourceTicket");
        in.accept("id", "translations", "url", "revision", "author", "createdAt", "updatedAt", "publishedAt", "version");
        in.done();
        return new ArticleDraft(title, text, category, tags, visibility, status, locale, translationOf.value(),
                sourceTicket.value());
    }

    static CategoryDraft category(JsonNode body) {
        var in = new PatchReader(body);
        Change<String> name = in.string("name", KbCategory.MAX_NAME, false);
        Change<Long> parent = in.id("parent");
        in.accept("position", "names", "id", "path");
        Change<Integer> position = Change.absent();
        JsonNode p = body.get("position");
        if (p != null && !p.isNull()) {
            if (!p.isInt()) {
                in.done();
                throw InvalidInputException.of("position", "error.field.badValue", "position");
            }
            position = Change.to(p.asInt());
        }
        Change<Map<String, String>> names = Change.absent();
        JsonNode n = body.get("names");
        if (n != null && !n.isNull()) {
            if (!n.isObject() || n.size() > 20) {
                throw InvalidInputException.of("names", "error.field.badValue", "names");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (var entry : n.properties()) {
                if (!entry.getValue().isString()) {
                    throw InvalidInputException.of("names", "error.field.string");
                }
                map.put(entry.getKey(), entry.getValue().asString());
            }
            names = Change.to(map);
        }
        in.done();
        return new CategoryDraft(name, parent, position, names);
    }
}
