package dev.atende.channel.email.internal.parsing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns bytes into text when the declared charset may be missing, unknown or wrong. Labels of
 * single-byte charsets are checked against the bytes: text that is valid UTF-8 is UTF-8 whatever
 * it says (ISO-8859-1 labelled mail that really is UTF-8), and a UTF-8 label on bytes that are not
 * UTF-8 decodes each invalid byte as Windows-1252 (the usual truth behind such mail). ISO-8859-1
 * and US-ASCII read as Windows-1252, their superset. Multi-byte charsets (Shift_JIS, GB2312,
 * UTF-16...) are trusted.
 */
final class CharsetGuess {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.of(
            "utf8", "UTF-8", "latin1", "windows-1252", "latin-1", "windows-1252", "iso-8859-1", "windows-1252",
            "us-ascii", "windows-1252", "ascii", "windows-1252", "ks_c_5601-1987", "x-windows-949",
            "iso-8859-8-i", "ISO-8859-8", "gb2312", "GBK", "x-mac-roman", "x-MacRoman");

    private CharsetGuess() {
    }

    /** The charset a label names, with common aliases and mislabels; null when unknown. */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        int star = name.indexOf('*'); // RFC 2231 language suffix: utf-8*en
        if (star > 0) {
            name = name.substring(0, star);
        }
        name = ALIASES.getOrDefault(name, name);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String decode(byte[] bytes, String label) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        Charset declared = forLabel(label);
        if (declared != null && !asciiCompatibleSingleByteOrUtf8(declared)) {
            return new String(bytes, declared); // UTF-16, ISO-2022-JP, Shift_JIS...: trust the label
        }
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return utf8OrWindows1252(bytes);
        }
        String strict = strictUtf8(bytes);
        return strict != null ? strict : new String(bytes, declared);
    }

    /** Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252. */
    static String utf8OrWindows1252(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = sequenceLength(bytes, i);
            if (b < 0x80) {
                out.append((char) b);
                i++;
            } else if (length > 0) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                i++;
            }
        }
        return out.toString();
    }

    /** The length of the well-formed UTF-8 multi-byte sequence at i, or 0. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int codePoint = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return 0;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        boolean valid = codePoint >= min && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
        return valid ? length : 0;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiCompatibleSingleByteOrUtf8(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        if (!charset.canEncode()) {
            return false;
        }
        // single-byte and ASCII below 0x80 (EBCDIC is single-byte too, but not this)
        return charset.newEncoder().maxBytesPerChar() == 1.0f && "a=".getBytes(charset)[0] == 'a';
    }
}
