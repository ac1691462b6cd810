package dev.atende.channel.email.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files uuencoded into a text body ({@code begin 644 name} ... {@code end}), as old mailers and
 * some scripts still send them. Bad lines are skipped rather than refused.
 */
final class Uuencode {

    private static final Pattern BEGIN = Pattern.compile("(?m)^begin +[0-7]{3,4}(?: +(\\S[^\\r\\n]*?))?[ \\t]*\\r?$");

    /** A decoded file and where its block was in the text. */
    record File(String name, byte[] content, int start, int end) {
    }

    private Uuencode() {
    }

    static File first(byte[] raw) {
        List<File> files = find(new String(raw, StandardCharsets.ISO_8859_1));
        return files.isEmpty() ? null : files.get(0);
    }

    static List<File> find(String text) {
        List<File> files = new ArrayList<>();
        if (!text.contains("begin ")) {
            return files;
        }
        Matcher begin = BEGIN.matcher(text);
        int from = 0;
        while (from < text.length() && begin.find(from)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pos = lineAfter(text, begin.end());
            int end = text.length();
            while (pos < text.length()) {
                int lineEnd = lineEnd(text, pos);
                String line = text.substring(pos, lineEnd).stripTrailing();
                pos = lineAfter(text, lineEnd);
                if (line.equals("end")) {
                    end = pos;
                    break;
                }
                decodeLine(line, out);
            }
            if (out.size() > 0) {
                files.add(new File(begin.group(1) == null ? "" : begin.group(1).strip(), out.toByteArray(), begin.start(), Math.min(end, text.length())));
            }
            from = Math.max(pos, begin.end());
        }
        return files;
    }

    private static void decodeLine(String line, ByteArrayOutputStream out) {
        if (line.isEmpty()) {
            return;
        }
        int length = (line.charAt(0) - 32) & 63;
        int written = 0;
        for (int i = 1; i < line.length() && written < length; i += 4) {
            int a = sixBits(line, i);
            int b = sixBits(line, i + 1);
            int c = sixBits(line, i + 2);
            int d = sixBits(line, i + 3);
            int[] bytes = {(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d};
            for (int k = 0; k < 3 && written < length; k++, written++) {
                out.write(bytes[k]);
            }
        }
    }

    private static int sixBits(String line, int i) {
        return i < line.length() ? (line.charAt(i) - 32) & 63 : 0;
    }

    private static int lineEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int lineAfter(String text, int pos) {
        int i = lineEnd(text, pos);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
