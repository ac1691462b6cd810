package dev.atende.channel.email.internal.parsing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a text part: transfer-decoded, charset-guessed (an HTML part without a charset
 * parameter says it in a meta tag), newlines as {@code \n}, format=flowed lines rejoined,
 * text/enriched without its tags, and no NUL characters (databases refuse them).
 */
final class PartText {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern ENRICHED_TAG = Pattern.compile("(?i)</?(bold|italic|underline|fixed|smaller|bigger|center"
            + "|flushleft|flushright|flushboth|indent|indentright|excerpt|signature|paraindent|fontfamily|color|lang|nofill|param)>");

    private PartText() {
    }

    static String of(MimeEntity part) {
        byte[] bytes = part.body();
        MediaType type = part.type();
        String charset = type.param("charset");
        if ((charset == null || charset.isBlank()) && type.subtype().equals("html")) {
            Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            charset = meta.find() ? meta.group(1) : null;
        }
        String text = clean(CharsetGuess.decode(bytes, charset));
        if (type.subtype().equals("plain") && "flowed".equalsIgnoreCase(type.param("format"))) {
            text = unflow(text, "yes".equalsIgnoreCase(type.param("delsp")));
        } else if (type.subtype().equals("enriched") || type.subtype().equals("richtext")) {
            text = ENRICHED_TAG.matcher(text).replaceAll("").replace("<<", "<");
        }
        return text;
    }

    static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    }

    /** RFC 3676: a line ending in a space continues on the next line of the same quote depth. */
    static String unflow(String text, boolean deleteSpace) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean open = false;
        int openDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            if (!open || depth != openDepth) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(depth > 0 ? ">".repeat(depth) + " " : "");
            }
            out.append(content);
            boolean flowed = content.endsWith(" ") && !content.equals("-- ");
            if (flowed && deleteSpace) {
                out.setLength(out.length() - 1);
            }
            open = flowed;
            openDepth = depth;
        }
        return out.toString();
    }

    static boolean isBodyType(MediaType type) {
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return type.isText() && (subtype.equals("plain") || subtype.equals("html") || subtype.equals("enriched")
                || subtype.equals("richtext"));
    }
}
