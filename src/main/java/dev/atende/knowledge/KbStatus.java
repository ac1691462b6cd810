package dev.atende.knowledge;

import java.util.Locale;

/** Where an article is in its life: being written, out in the help center, or withdrawn. */
public enum KbStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this API code, or null. */
    public static KbStatus fromCode(String code) {
        for (KbStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
