package dev.atende.shared;

import java.util.List;
import java.util.Locale;

/** The languages Atende speaks, and how a requested language maps onto them. */
public final class Locales {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(EN, PT_BR);
    /**
     * Request attribute (a {@link Locale}) by which a page sets its own language, overriding the
     * user's and the browser's: the help center shows an article in the article's language.
     */
    public static final String PAGE_LOCALE = Locales.class.getName() + ".page";

    private Locales() {
    }

    /** Any Portuguese becomes pt-BR; everything else English. */
    public static Locale supported(Locale requested) {
        if (requested != null && "pt".equals(requested.getLanguage())) {
            return PT_BR;
        }
        return EN;
    }

    /** Parses a stored or submitted tag ("pt-BR", "en"); null when it is not one we ship. */
    public static Locale parse(String tag) {
        if (tag == null) {
            return null;
        }
        for (Locale locale : SUPPORTED) {
            if (locale.toLanguageTag().equalsIgnoreCase(tag.strip())) {
                return locale;
            }
        }
        return null;
    }
}
