package dev.atende.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a name or address query for prefix matching, which bypasses the analyzer: folded to
 * lower case without accents here, the way the {@code NAME} analyzer folds the indexed text.
 */
final class Tokens {

    private static final int MAX_TOKENS = 8;

    private Tokens() {
    }

    static List<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        var tokens = new ArrayList<String>();
        for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && tokens.size() < MAX_TOKENS) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static String escapeWildcard(String token) {
        return token.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
