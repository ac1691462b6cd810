package dev.atende.knowledge;

import java.util.Locale;

/** Who may read an article: anyone (the public help center) or the team only. */
public enum KbVisibility {
    PUBLIC, INTERNAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility with this API code, or null. */
    public static KbVisibility fromCode(String code) {
        for (KbVisibility visibility : values()) {
            if (visibility.code().equals(code)) {
                return visibility;
            }
        }
        return null;
    }
}
