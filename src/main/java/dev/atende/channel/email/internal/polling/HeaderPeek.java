package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.internal.RawHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the poller needs to know of a message before it is ingested, to keep its order with the
 * messages it depends on: the sender's address, its Message-ID and the Message-IDs it answers
 * (In-Reply-To, References). Read from the raw header block; a message it cannot read is simply
 * independent of nothing and runs in order with everything (see {@link IngestLanes}).
 */
record HeaderPeek(String sender, String messageId, List<String> references) {

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Pattern ANGLED = Pattern.compile("<([^<>\\s]{1,998})>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)");

    static HeaderPeek of(byte[] raw) {
        String block = headerBlock(raw);
        String from = header(block, "from");
        List<String> references = new ArrayList<>();
        for (String name : new String[] {"in-reply-to", "references"}) {
            String value = header(block, name);
            if (value != null) {
                Matcher m = ANGLED.matcher(value);
                while (m.find() && references.size() < 200) {
                    references.add(m.group(1));
                }
            }
        }
        return new HeaderPeek(address(from), RawHeaders.messageId(raw), references);
    }

    private static String address(String from) {
        if (from == null) {
            return null;
        }
        Matcher angled = ANGLED.matcher(from);
        String candidate = angled.find() ? angled.group(1) : null;
        if (candidate == null || !candidate.contains("@")) {
            Matcher bare = BARE_ADDRESS.matcher(from);
            candidate = bare.find() ? bare.group(1) : null;
        }
        return candidate == null ? null : candidate.toLowerCase(Locale.ROOT);
    }

    private static String headerBlock(byte[] raw) {
        String text = new String(raw, 0, Math.min(raw.length, MAX_HEADER_BYTES), StandardCharsets.ISO_8859_1);
        int end = text.length();
        for (String blank : new String[] {"\r\n\r\n", "\n\n"}) {
            int at = text.indexOf(blank);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }

    /** The first header of that (lower-case) name, unfolded; null when absent. */
    private static String header(String block, String name) {
        StringBuilder value = null;
        for (String line : block.split("\r\n|\n")) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (value != null) {
                if (!continuation) {
                    break;
                }
                value.append(' ').append(line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (!continuation && colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                value = new StringBuilder(line.substring(colon + 1).strip());
            }
        }
        return value == null ? null : value.toString();
    }
}
