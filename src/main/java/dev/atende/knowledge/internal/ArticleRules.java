package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbArticle;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.SafeHtml;
import dev.atende.shared.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** The checks an article's fields pass before they are stored, each adding to one collector. */
public final class ArticleRules {

    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    private static final Pattern FILE_LINK = Pattern.compile("/help/files/(\\d{1,18})(?:/|\")");

    private ArticleRules() {
    }

    public static String title(String raw, InvalidInputException.Collector problems) {
        String title = raw == null ? "" : raw.strip();
        if (title.isEmpty()) {
            problems.add("title", "error.field.required");
        } else if (Texts.hasControlCharacters(title)) {
            problems.add("title", "error.field.control");
        } else if (title.length() > KbArticle.MAX_TITLE) {
            problems.add("title", "error.field.tooLong", KbArticle.MAX_TITLE);
        }
        return title;
    }

    /** The body made safe; refused when nothing readable (text or image) is left. */
    public static String body(String raw, InvalidInputException.Collector problems) {
        if (raw == null || raw.isBlank()) {
            problems.add("body", "error.field.required");
            return "";
        }
        if (raw.length() > KbArticle.MAX_BODY) {
            problems.add("body", "error.field.tooLong", KbArticle.MAX_BODY);
            return "";
        }
        String safe = SafeHtml.sanitize(Texts.withoutControlCharacters(raw)).strip();
        var document = Jsoup.parseBodyFragment(safe);
        if (document.text().isBlank() && document.select("img").isEmpty()) {
            problems.add("body", "error.kb.body.empty");
        }
        return safe;
    }

    public static List<String> tags(List<String> raw, InvalidInputException.Collector problems) {
        if (raw == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.contains(",") || Texts.hasControlCharacters(clean)) {
                problems.add("tags", "error.kb.tag.invalid", clean);
                return List.of();
            }
            if (clean.length() > MAX_TAG) {
                problems.add("tags", "error.field.tooLong", MAX_TAG);
                return List.of();
            }
            tags.add(clean);
        }
        if (tags.size() > MAX_TAGS) {
            problems.add("tags", "error.field.tooMany", MAX_TAGS);
        }
        return new ArrayList<>(tags);
    }

    /** A language tag Atende ships ("pt-BR", "en"), in its canonical spelling. */
    public static String locale(String raw, InvalidInputException.Collector problems) {
        Locale locale = Locales.parse(raw);
        if (locale == null) {
            problems.add("locale", "error.field.unknownValue", String.valueOf(raw));
            return null;
        }
        return locale.toLanguageTag();
    }

    /** Ids of the knowledge-base files a body links to or shows. */
    public static Set<Long> linkedFiles(String body) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = FILE_LINK.matcher(body == null ? "" : body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
