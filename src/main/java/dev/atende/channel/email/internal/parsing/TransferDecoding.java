package dev.atende.channel.email.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Undoes a Content-Transfer-Encoding without ever failing: base64 skips stray characters and
 * survives bad or missing padding (text that is not base64 at all stays as it is), quoted-printable keeps a malformed {@code =} as it is, uuencode reads
 * the first {@code begin} block. 7bit, 8bit, binary and every misspelling of them ("8 bit",
 * "7bits") or an unknown name leave the bytes as they are.
 */
final class TransferDecoding {

    private TransferDecoding() {
    }

    static byte[] decode(byte[] raw, String encoding) {
        String name = encoding == null ? "" : HeaderParams.withoutComments(encoding).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "base64":
                return looksLikeBase64(raw) ? base64(raw) : raw;
            case "quoted-printable":
                return quotedPrintable(raw);
            case "x-uuencode", "uuencode", "x-uue", "uue":
                Uuencode.File file = Uuencode.first(raw);
                return file == null ? raw : file.content();
            default:
                return raw;
        }
    }

    private static final int[] BASE64 = new int[128];

    static {
        java.util.Arrays.fill(BASE64, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = i;
        }
    }

    /**
     * Text labelled base64 that is plainly not (more than one character in twenty outside the
     * alphabet) is kept as written: its words say more than the garbage decoding would give.
     */
    private static boolean looksLikeBase64(byte[] raw) {
        int valid = 0;
        int invalid = 0;
        for (byte b : raw) {
            int c = b & 0xFF;
            if (c < 128 && (BASE64[c] >= 0 || c == '=')) {
                valid++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                invalid++;
            }
        }
        return invalid * 20 <= valid + invalid;
    }

    static byte[] base64(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
        int bits = 0;
        int count = 0;
        for (byte b : raw) {
            int c = b & 0xFF;
            if (c == '=') {
                count = flush(out, bits, count); // padding ends a quantum; a later one may follow
                bits = 0;
                continue;
            }
            int value = c < 128 ? BASE64[c] : -1;
            if (value < 0) {
                continue;
            }
            bits = (bits << 6) | value;
            if (++count == 4) {
                out.write(bits >> 16);
                out.write(bits >> 8);
                out.write(bits);
                bits = 0;
                count = 0;
            }
        }
        flush(out, bits, count);
        return out.toByteArray();
    }

    private static int flush(ByteArrayOutputStream out, int bits, int count) {
        if (count == 2) {
            out.write(bits >> 4);
        } else if (count == 3) {
            out.write(bits >> 10);
            out.write(bits >> 2);
        }
        return 0;
    }

    static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int n = raw.length;
        for (int i = 0; i < n; i++) {
            int c = raw[i] & 0xFF;
            if (c != '=') {
                out.write(c);
                continue;
            }
            int hi = i + 1 < n ? Character.digit(raw[i + 1], 16) : -1;
            int lo = i + 2 < n ? Character.digit(raw[i + 2], 16) : -1;
            if (hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < n && (raw[j] == ' ' || raw[j] == '\t')) {
                j++; // "=  \r\n": a soft break with trailing blanks
            }
            if (j >= n) {
                i = n;
            } else if (raw[j] == '\r' || raw[j] == '\n') {
                i = raw[j] == '\r' && j + 1 < n && raw[j + 1] == '\n' ? j + 1 : j;
            } else {
                out.write(c); // not an escape: keep the '=' as written
            }
        }
        return out.toByteArray();
    }
}
