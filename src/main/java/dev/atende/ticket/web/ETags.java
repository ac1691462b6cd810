package dev.atende.ticket.web;

import dev.atende.shared.PreconditionFailedException;

/** Reads the version a client saw from {@code If-Match}: {@code "3"}, {@code W/"3"}, {@code 3} or {@code *}. */
final class ETags {

    private ETags() {
    }

    /** The version, or null when there is no condition ({@code *} or no header). */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("\\d{1,18}")) {
            // a tag we never issued can never match the current version
            throw new PreconditionFailedException("error.ticket.stale", ifMatch);
        }
        return Long.parseLong(tag);
    }
}
