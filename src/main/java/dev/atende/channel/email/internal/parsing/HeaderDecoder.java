package dev.atende.channel.email.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an unstructured header value (Subject, a display name, a file name) to text: folds
 * become one space, raw 8-bit bytes are guessed (UTF-8, else Windows-1252), and RFC 2047 encoded
 * words are decoded leniently: inside words, with blanks in them, with unknown charsets or broken
 * base64, and with adjacent words of one charset joined before decoding so that a character split
 * between two words survives.
 */
final class HeaderDecoder {

    private static final Pattern WORD = Pattern.compile(
            "=\\?([^?\\s]{1,60})\\?([bBqQ])\\?((?:(?!=\\?[^?\\s]{1,60}\\?[bBqQ]\\?).)*?)\\?=");
    private static final Pattern WORD_START = Pattern.compile("=\\?[^?\\s]{1,60}\\?[bBqQ]\\?");
    private static final Pattern INNER_FOLD = Pattern.compile("\\r?\\n[ \\t]*");
    private static final Pattern FOLD = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private HeaderDecoder() {
    }

    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String text = FOLD.matcher(foldsInsideWords(raw)).replaceAll(" ");
        text = rawBytes(text);
        if (text.contains("=?")) {
            text = encodedWords(text);
        }
        return CONTROL.matcher(text.replace('\t', ' ')).replaceAll("").strip();
    }

    /** A fold inside an encoded word is no blank of its text: "=?utf-8?Q?Hello\n _there?=" is "Hello there". */
    private static String foldsInsideWords(String raw) {
        if (raw.indexOf('\n') < 0 || !raw.contains("=?")) {
            return raw;
        }
        Matcher open = WORD_START.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        int last = 0;
        while (open.find(last)) {
            int end = raw.indexOf("?=", open.end());
            if (end < 0) {
                break;
            }
            out.append(raw, last, open.end()).append(INNER_FOLD.matcher(raw.substring(open.end(), end)).replaceAll(""));
            last = end;
        }
        return out.append(raw.substring(last)).toString();
    }

    /** Header values hold bytes as ISO-8859-1 characters; 8-bit ones were never declared, so guess. */
    private static String rawBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return CharsetGuess.utf8OrWindows1252(text.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return text;
    }

    private static String encodedWords(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        while (word.find()) {
            String between = text.substring(last, word.start());
            String charset = word.group(1);
            boolean adjacent = pendingCharset != null && between.isBlank();
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between); // blanks between two encoded words are dropped (RFC 2047)
                }
            }
            boolean base64 = word.group(2).equalsIgnoreCase("b");
            byte[] bytes = base64 ? TransferDecoding.base64(ascii(word.group(3))) : q(word.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = word.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            out.append(CharsetGuess.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    /** The Q encoding: {@code _} is a space, {@code =XX} a byte; anything else stands for itself. */
    private static byte[] q(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
