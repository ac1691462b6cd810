package dev.atende.channel.email.internal.parsing;

import java.util.Locale;
import java.util.Map;

/** A Content-Type read leniently; an unreadable or missing type falls back to the context's default. */
record MediaType(String type, String subtype, Map<String, String> params) {

    static final MediaType TEXT_PLAIN = new MediaType("text", "plain", Map.of());
    static final MediaType MESSAGE_RFC822 = new MediaType("message", "rfc822", Map.of());

    static MediaType parse(String raw, MediaType fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        HeaderParams header = HeaderParams.parse(raw);
        String value = header.value().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            // "text" alone still says text; anything else unreadable takes the default, keeping the parameters (charset!)
            return value.equals("text") ? new MediaType("text", "plain", header.params())
                    : new MediaType(fallback.type(), fallback.subtype(), header.params());
        }
        return new MediaType(value.substring(0, slash), value.substring(slash + 1), header.params());
    }

    String baseType() {
        return type + "/" + subtype;
    }

    String param(String name) {
        return params.get(name);
    }

    boolean is(String type, String subtype) {
        return this.type.equals(type) && this.subtype.equals(subtype);
    }

    boolean isMultipart() {
        return type.equals("multipart");
    }

    boolean isText() {
        return type.equals("text");
    }

    /** message/rfc822 and its UTF-8 sibling message/global: a whole mail inside the mail. */
    boolean isMessage() {
        return type.equals("message") && (subtype.equals("rfc822") || subtype.equals("global"));
    }
}
