package dev.atende.channel.email.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A header of the form {@code value; name=param; ...} (Content-Type, Content-Disposition), read
 * leniently: missing semicolons, comments, unclosed quotes, RFC 2231 continuations and charsets
 * ({@code filename*0*=UTF-8''...}), RFC 2047 words and raw 8-bit bytes inside values.
 * Parameter names are lower-cased; {@code params} holds decoded text, {@code rawParams} the values as
 * written (a boundary must match the body byte for byte).
 */
record HeaderParams(String value, Map<String, String> params, Map<String, String> rawParams) {

    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+\\([^()]*\\)\\s*$");

    static HeaderParams parse(String raw) {
        if (raw == null) {
            return new HeaderParams("", Map.of(), Map.of());
        }
        String text = raw.replace("\n", "").replace('\r', ' '); // unfolding removes the line break, not the blank
        int semicolon = indexOutsideQuotes(text, ';');
        String head = semicolon < 0 ? text : text.substring(0, semicolon);
        String rest = semicolon < 0 ? "" : text.substring(semicolon + 1);
        int equals = head.indexOf('=');
        if (equals > 0) {
            // "multipart/mixed boundary=x": the semicolon is missing, the parameters start at the last blank before '='
            int blank = lastBlank(head, equals);
            if (blank > 0) {
                rest = head.substring(blank) + ";" + rest;
                head = head.substring(0, blank);
            }
        }
        Map<String, String> rawParams = rawParams(rest);
        return new HeaderParams(withoutComments(head).trim(), decode(rawParams), rawParams);
    }

    String param(String name) {
        return params.get(name);
    }

    private static Map<String, String> rawParams(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ';' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ';') {
                i++;
            }
            String name = text.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            if (i >= n || text.charAt(i) == ';') {
                continue; // a bare word: nothing to keep
            }
            i++; // '='
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n && (text.charAt(i) == '"' || text.charAt(i) == '\\')) {
                        c = text.charAt(i++); // other backslashes are Windows paths, not escapes
                    }
                    value.append(c);
                }
                i++; // closing quote (or end)
                while (i < n && text.charAt(i) != ';') {
                    i++; // junk after the quotes
                }
            } else {
                int start = i;
                while (i < n && text.charAt(i) != ';' && !startsNextParam(text, i)) {
                    i++;
                }
                // a trailing "(comment)" goes; parentheses inside a name like report(1).pdf stay
                value.append(TRAILING_COMMENT.matcher(text.substring(start, i)).replaceFirst("").trim());
            }
            if (!name.isEmpty() && !params.containsKey(name)) {
                params.put(name, value.toString());
            }
        }
        return params;
    }

    /** At a blank followed by {@code token=}: a parameter whose semicolon is missing. */
    private static boolean startsNextParam(String text, int i) {
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        int nameStart = j;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || "-_*".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j > nameStart && j < text.length() && text.charAt(j) == '=';
    }

    /** Joins RFC 2231 sections and decodes every value to text. */
    private static Map<String, String> decode(Map<String, String> raw) {
        Map<String, TreeMap<Integer, String[]>> sections = new LinkedHashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String name = entry.getKey();
            int star = name.indexOf('*');
            if (star < 0) {
                plain.put(name, HeaderDecoder.decode(entry.getValue()));
                continue;
            }
            String base = name.substring(0, star);
            String suffix = name.substring(star + 1);
            boolean encoded = suffix.endsWith("*") || suffix.isEmpty();
            String number = suffix.endsWith("*") ? suffix.substring(0, suffix.length() - 1) : suffix;
            int index;
            try {
                index = number.isEmpty() ? 0 : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                continue;
            }
            sections.computeIfAbsent(base, b -> new TreeMap<>())
                    .putIfAbsent(index, new String[] {entry.getValue(), encoded ? "*" : ""});
        }
        Map<String, String> params = new LinkedHashMap<>(plain);
        sections.forEach((name, parts) -> params.put(name, joinSections(parts)));
        return params;
    }

    private static String joinSections(TreeMap<Integer, String[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String charset = null;
        boolean first = true;
        for (String[] part : parts.values()) {
            String value = part[0];
            boolean encoded = !part[1].isEmpty();
            if (first && encoded) {
                int q1 = value.indexOf('\'');
                int q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = value.substring(0, q1);
                    value = value.substring(q2 + 1);
                }
            }
            first = false;
            byte[] section = encoded ? percentDecode(value) : value.getBytes(StandardCharsets.ISO_8859_1);
            bytes.writeBytes(section);
        }
        return CharsetGuess.decode(bytes.toByteArray(), charset == null || charset.isBlank() ? null : charset);
    }

    private static byte[] percentDecode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
                out.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static int lastBlank(String text, int before) {
        for (int i = before - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Drops {@code (comments)} outside quotes, as in {@code text/plain (Plain text)}. */
    static String withoutComments(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
