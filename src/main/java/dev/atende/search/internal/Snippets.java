package dev.atende.search.internal;

import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted text as pages show it: the plain highlighter (the unified one cannot bound the
 * fragment size on Lucene) escapes the stored text as HTML and adds
 * {@code <mark>} around matches, so the result is safe to insert as it is.
 */
final class Snippets {

    static final int FRAGMENT = 180;

    private Snippets() {
    }

    static HighlighterFinalStep highlighter(SearchHighlighterFactory f) {
        return f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .fragmentSize(FRAGMENT).numberOfFragments(1);
    }

    /** The first fragment of the first field that has one, or null. */
    @SafeVarargs
    static String first(List<String>... highlights) {
        for (List<String> fragments : highlights) {
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    /** The highlighted value, or the plain value escaped. */
    static String markedOrEscaped(List<String> highlight, String plain) {
        String marked = first(highlight);
        return marked != null ? marked : plain == null ? "" : HtmlUtils.htmlEscape(plain);
    }
}
