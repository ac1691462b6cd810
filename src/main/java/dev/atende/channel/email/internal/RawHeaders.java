package dev.atende.channel.email.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads one header straight from the raw bytes, before (and whatever) the parser makes of the
 * mail: the Message-ID that keys a stored mail must not depend on parsing succeeding.
 */
public final class RawHeaders {

    private static final int MAX_HEADER_BYTES = 256 * 1024;

    private RawHeaders() {
    }

    /** The Message-ID without angle brackets, or null when the header block has none. */
    public static String messageId(byte[] raw) {
        String value = header(raw, "message-id");
        if (value == null) {
            return null;
        }
        String id = value.strip();
        int open = id.indexOf('<');
        int close = id.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            id = id.substring(open + 1, close);
        }
        id = id.strip();
        return id.isEmpty() || id.length() > 998 ? null : id;
    }

    /** The first header of that (lower-case) name, unfolded; null when absent. */
    static String header(byte[] raw, String name) {
        int end = Math.min(raw.length, MAX_HEADER_BYTES);
        String block = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        int blank = blankLine(block);
        if (blank >= 0) {
            block = block.substring(0, blank);
        }
        String[] lines = block.split("\\r\\n|\\r|\\n");
        StringBuilder value = null;
        for (String line : lines) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (value != null) {
                if (continuation) {
                    value.append(' ').append(line.strip());
                    continue;
                }
                break;
            }
            int colon = line.indexOf(':');
            if (!continuation && colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                value = new StringBuilder(line.substring(colon + 1).strip());
            }
        }
        return value == null ? null : value.toString();
    }

    private static int blankLine(String block) {
        int best = -1;
        for (String separator : new String[] {"\r\n\r\n", "\n\n", "\r\r"}) {
            int at = block.indexOf(separator);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
