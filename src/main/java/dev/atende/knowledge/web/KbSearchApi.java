package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.knowledge.KbSearch;
import dev.atende.search.SearchText;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Knowledge base")
@RestController
@RequestMapping("/api/v1/kb")
class KbSearchApi {

    static final int MAX_SUGGESTIONS = 10;

    private final KbSearch search;
    private final KbViews views;
    private final CurrentActor current;

    KbSearchApi(KbSearch search, KbViews views, CurrentActor current) {
        this.search = search;
        this.views = views;
        this.current = current;
    }

    @Operation(summary = "Published articles the caller may read that match the words (no sign-in needed for "
            + "public ones). Accents and case are ignored, Portuguese and English words stemmed, one typo per word "
            + "forgiven when nothing matches exactly (\"approximate\": true). Query syntax: \"phrase\", -word, "
            + "prefix*, a | b; anything else is a word. Empty or over 200 characters: 422. "
            + "\"title\" and \"snippet\" are escaped HTML with <mark> around the matches")
    @GetMapping("/search")
    KbJson.SearchJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String locale,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = current.get().orElse(null);
        SearchText text = SearchText.parse(q);
        var paging = PageRequest.of(page, size == null ? 20 : size);
        var found = search.search(actor, text, locale(locale), KbSearch.Scope.PUBLISHED, (int) paging.offset(),
                paging.size());
        return new KbJson.SearchJson(found.items().stream().map(views::hit).toList(), found.total(),
                found.approximate());
    }

    @Operation(summary = "Articles to suggest for the subject of a new request, as it is typed (no sign-in needed: "
            + "public published articles; the team also gets internal ones). Any of the words matches, the last one "
            + "also as the beginning of a word; articles in \"locale\" come first. An empty subject suggests nothing")
    @GetMapping("/suggest")
    List<KbJson.HitJson> suggest(@RequestParam(required = false) String q,
            @RequestParam(required = false) String locale, @RequestParam(required = false) Integer limit,
            Locale requestLocale) {
        Actor actor = current.get().orElse(null);
        int max = limit == null ? 5 : limit;
        if (max < 1 || max > MAX_SUGGESTIONS) {
            throw InvalidInputException.of("limit", "error.page.size", MAX_SUGGESTIONS);
        }
        String preferred = locale == null ? requestLocale == null ? null : Locales.supported(requestLocale).toLanguageTag()
                : locale(locale);
        return search.suggest(actor, q, preferred, max).stream().map(views::hit).toList();
    }

    static String locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locales.parse(tag);
        if (locale == null) {
            throw InvalidInputException.of("locale", "error.field.unknownValue", tag);
        }
        return locale.toLanguageTag();
    }
}
