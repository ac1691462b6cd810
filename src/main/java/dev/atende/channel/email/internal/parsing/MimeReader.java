package dev.atende.channel.email.internal.parsing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw mail bytes into a tree of {@link MimeEntity}, never failing: any newline (CRLF, LF,
 * bare CR, mixed) ends a line; a line that is not a header starts the body; a part's own boundary
 * wins over an enclosing one, and an enclosing boundary also ends a part whose close is missing;
 * a multipart whose boundary never shows is kept whole as one leaf.
 */
final class MimeReader {

    /** Deeper nesting is treated as opaque: hostile mail must not exhaust the stack. */
    static final int MAX_DEPTH = 30;
    private static final int MAX_PARTS = 5000;

    private final byte[] src;
    private int parts;

    private MimeReader(byte[] src) {
        this.src = src;
    }

    static MimeEntity read(byte[] raw) {
        return read(raw, 0);
    }

    static MimeEntity read(byte[] raw, int depth) {
        MimeReader reader = new MimeReader(raw == null ? new byte[0] : raw);
        return reader.entity(reader.skipMboxLine(), List.of(), depth, MediaType.TEXT_PLAIN).entity();
    }

    /** Reads consecutive header blocks, as in a message/delivery-status body. */
    static List<MimeHeaders> headerBlocks(byte[] raw) {
        MimeReader reader = new MimeReader(raw);
        List<MimeHeaders> blocks = new ArrayList<>();
        int pos = 0;
        while (pos < raw.length && blocks.size() < 100) {
            HeaderRead read = reader.headers(pos, List.of());
            if (!read.headers().isEmpty()) {
                blocks.add(read.headers());
            }
            pos = Math.max(read.bodyStart(), reader.afterNewline(reader.endOfLine(pos)));
        }
        return blocks;
    }

    private record Read(MimeEntity entity, int end) {
    }

    private record HeaderRead(MimeHeaders headers, int bodyStart) {
    }

    private record Parts(List<MimeEntity> children, int end) {
    }

    private Read entity(int start, List<String> boundaries, int depth, MediaType defaultType) {
        HeaderRead head = headers(start, boundaries);
        MediaType type = MediaType.parse(head.headers().get("Content-Type"), defaultType);
        int bodyStart = head.bodyStart();
        if (type.isMultipart() && depth < MAX_DEPTH && parts < MAX_PARTS) {
            String declared = HeaderParams.parse(head.headers().get("Content-Type")).rawParams().get("boundary");
            String boundary = declared != null && !declared.isEmpty() ? declared : boundaryFromBody(bodyStart, boundaries);
            if (boundary != null) {
                MediaType childType = type.subtype().equals("digest") ? MediaType.MESSAGE_RFC822 : MediaType.TEXT_PLAIN;
                Parts found = parts(bodyStart, boundary, boundaries, depth, childType);
                int end = found.children().isEmpty() ? bodyEnd(bodyStart, found.end()) : found.end();
                return new Read(new MimeEntity(head.headers(), type, src, bodyStart, end, found.children(), depth),
                        found.end());
            }
        }
        int stop = stop(bodyStart, boundaries);
        return new Read(new MimeEntity(head.headers(), type, src, bodyStart, bodyEnd(bodyStart, stop), List.of(), depth),
                stop);
    }

    private Parts parts(int bodyStart, String boundary, List<String> enclosing, int depth, MediaType childType) {
        List<String> stack = new ArrayList<>(enclosing.size() + 1);
        stack.add(boundary); // innermost first: a part's own boundary wins
        stack.addAll(enclosing);
        int pos = bodyStart;
        while (true) { // the preamble
            if (pos >= src.length) {
                return new Parts(List.of(), src.length);
            }
            int lineEnd = endOfLine(pos);
            int match = match(pos, lineEnd, stack);
            if (match == 0) {
                pos = afterNewline(lineEnd);
                break;
            }
            if (match == -1) {
                return new Parts(List.of(), stop(afterNewline(lineEnd), enclosing));
            }
            if (match != NO_MATCH) {
                return new Parts(List.of(), pos);
            }
            pos = afterNewline(lineEnd);
        }
        List<MimeEntity> children = new ArrayList<>();
        while (true) {
            if (++parts > MAX_PARTS) {
                return new Parts(children, stop(pos, enclosing));
            }
            Read part = entity(pos, stack, depth + 1, childType);
            children.add(part.entity());
            if (part.end() >= src.length) {
                return new Parts(children, src.length);
            }
            int lineEnd = endOfLine(part.end());
            int match = match(part.end(), lineEnd, stack);
            if (match == 0) {
                pos = afterNewline(lineEnd);
            } else if (match == -1) {
                return new Parts(children, stop(afterNewline(lineEnd), enclosing));
            } else {
                return new Parts(children, part.end()); // an enclosing boundary: our close is missing
            }
        }
    }

    private static final int NO_MATCH = Integer.MIN_VALUE;

    /**
     * Which boundary of the stack the line is: its index for a delimiter, minus one minus its
     * index for a close delimiter ({@code -1} for the innermost close), NO_MATCH otherwise.
     */
    private int match(int lineStart, int lineEnd, List<String> stack) {
        if (lineEnd - lineStart < 3 || src[lineStart] != '-' || src[lineStart + 1] != '-') {
            return NO_MATCH;
        }
        for (int i = 0; i < stack.size(); i++) {
            String boundary = stack.get(i);
            int rest = lineStart + 2 + boundary.length();
            if (rest > lineEnd || !regionIs(lineStart + 2, boundary)) {
                continue;
            }
            if (rest + 1 < lineEnd && src[rest] == '-' && src[rest + 1] == '-') {
                return -1 - i;
            }
            // RFC 2046 asks for the boundary at the start of the line only; junk after a blank is
            // tolerated, while "--ab" is not the boundary "a"
            if (rest == lineEnd || src[rest] == ' ' || src[rest] == '\t') {
                return i;
            }
        }
        return NO_MATCH;
    }

    /** Where a leaf body ends: at the first line that is any enclosing boundary. */
    private int stop(int pos, List<String> boundaries) {
        if (boundaries.isEmpty()) {
            return src.length;
        }
        while (pos < src.length) {
            int lineEnd = endOfLine(pos);
            if (match(pos, lineEnd, boundaries) != NO_MATCH) {
                return pos;
            }
            pos = afterNewline(lineEnd);
        }
        return src.length;
    }

    /** The newline before a boundary belongs to the boundary. */
    private int bodyEnd(int bodyStart, int stop) {
        if (stop >= src.length) {
            return src.length;
        }
        int end = stop;
        if (end - 1 >= bodyStart && src[end - 1] == '\n') {
            end--;
        }
        if (end - 1 >= bodyStart && src[end - 1] == '\r') {
            end--;
        }
        return Math.max(bodyStart, end);
    }

    /** No boundary parameter: the first line that looks like a delimiter gives it. */
    private String boundaryFromBody(int bodyStart, List<String> enclosing) {
        for (int pos = bodyStart; pos < src.length; ) {
            int lineEnd = endOfLine(pos);
            if (match(pos, lineEnd, enclosing) != NO_MATCH) {
                return null;
            }
            if (lineEnd - pos > 2 && src[pos] == '-' && src[pos + 1] == '-') {
                String candidate = latin1(pos + 2, lineEnd).strip();
                return candidate.isEmpty() ? null : candidate;
            }
            pos = afterNewline(lineEnd);
        }
        return null;
    }

    private HeaderRead headers(int pos, List<String> boundaries) {
        List<MimeHeaders.Field> fields = new ArrayList<>();
        String name = null;
        StringBuilder value = null;
        int bodyStart = src.length;
        while (pos < src.length) {
            int lineEnd = endOfLine(pos);
            int next = afterNewline(lineEnd);
            if (blank(pos, lineEnd) && !(lineEnd > pos && name != null && continuesHeaders(next, boundaries))) {
                bodyStart = next;
                break;
            }
            if (match(pos, lineEnd, boundaries) != NO_MATCH) {
                bodyStart = pos; // a part without the blank line: no body
                break;
            }
            if ((src[pos] == ' ' || src[pos] == '\t') && name != null) {
                value.append('\n').append(latin1(pos, lineEnd));
                pos = next;
                continue;
            }
            int colon = headerColon(pos, lineEnd);
            if (colon < 0) {
                bodyStart = pos; // not a header: the body starts here, nothing is dropped
                break;
            }
            if (name != null) {
                fields.add(new MimeHeaders.Field(name, value.toString()));
            }
            name = latin1(pos, colon).strip();
            value = new StringBuilder(latin1(colon + 1, lineEnd));
            pos = next;
        }
        if (name != null) {
            fields.add(new MimeHeaders.Field(name, value.toString()));
        }
        return new HeaderRead(new MimeHeaders(fields), bodyStart);
    }

    /** After a line of blanks inside the headers: the obsolete syntax folds on, if a header or fold follows. */
    private boolean continuesHeaders(int pos, List<String> boundaries) {
        if (pos >= src.length) {
            return false;
        }
        int lineEnd = endOfLine(pos);
        if (blank(pos, lineEnd) || match(pos, lineEnd, boundaries) != NO_MATCH) {
            return false;
        }
        return src[pos] == ' ' || src[pos] == '\t' || headerColon(pos, lineEnd) >= 0;
    }

    /** The colon of a header line ({@code Name:} or the obsolete {@code Name :}), or -1. */
    private int headerColon(int pos, int lineEnd) {
        int i = pos;
        while (i < lineEnd && (src[i] > 32 || src[i] < 0) && src[i] != 127 && src[i] != ':') {
            i++;
        }
        if (i == pos) {
            return -1;
        }
        while (i < lineEnd && (src[i] == ' ' || src[i] == '\t')) {
            i++;
        }
        return i < lineEnd && src[i] == ':' ? i : -1;
    }

    /** An mbox "From sender date" line before the headers is not part of the mail. */
    private int skipMboxLine() {
        if (src.length > 5 && src[0] == 'F' && src[1] == 'r' && src[2] == 'o' && src[3] == 'm' && src[4] == ' ') {
            return afterNewline(endOfLine(0));
        }
        return 0;
    }

    private int endOfLine(int pos) {
        int i = pos;
        while (i < src.length && src[i] != '\n' && src[i] != '\r') {
            i++;
        }
        return i;
    }

    private int afterNewline(int lineEnd) {
        if (lineEnd >= src.length) {
            return src.length;
        }
        if (src[lineEnd] == '\r' && lineEnd + 1 < src.length && src[lineEnd + 1] == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] != ' ' && src[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean regionIs(int pos, String text) {
        if (pos + text.length() > src.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ((src[pos + i] & 0xFF) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String latin1(int from, int to) {
        return new String(src, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
