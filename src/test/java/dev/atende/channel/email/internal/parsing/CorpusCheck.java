package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail;
import dev.atende.channel.email.internal.ParsedMail.MailPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Compares what we parsed with what a corpus expects, as far as the expectation says it, and
 * "without loss": every line of text the other parser recovered is in our text (or HTML, or a
 * file), in the same order; we may keep more, never less.
 *
 * <p>Both sides are normalized the same way where our model differs on purpose, never to hide
 * a loss:
 * <ul>
 * <li>subjects and display names: runs of blanks are one space (parsers unfold differently);</li>
 * <li>addresses: lower-cased, as we store them; a From with a display name and no address is no
 * sender for us (null), since a ticket needs an address to answer;</li>
 * <li>texts: compared line by line by their letters and digits (line breaks, spacing, the
 * replacement characters of undecodable bytes and format=flowed joins are presentation);
 * MIME syntax lines (delimiters, Content-* headers) are structure that a parser leaves in a body
 * when it recovers a broken structure its own way; text/enriched formatting commands are markup
 * we remove; uuencoded blocks are files for us, so they are compared as files;</li>
 * <li>HTML: the text of its body (a title in the head is not content);</li>
 * <li>file names: the last path component, which is all we keep;</li>
 * <li>nested messages are our {@code .eml} files, parsed again and checked the same way.</li>
 * </ul>
 */
final class CorpusCheck {

    /** What can be left unchecked for one message; NESTED covers every check inside its nested messages. */
    enum Aspect { SUBJECT, FROM, TEXT, HTML, FILES, NESTED }

    private static final Pattern ENRICHED = Pattern.compile("(?i)</?[a-z]+>");
    private static final Pattern MIME_SYNTAX = Pattern.compile("(?im)^(--\\S.*|(content-[a-z-]+|mime-version)\\s*:.*)$");

    private final MailParser parser = new MailParser();

    /** Each difference found, in words; empty when the message matches. */
    List<String> differences(ExpectedMail expected, ParsedMail actual, Set<Aspect> skipped) {
        List<String> problems = new ArrayList<>();
        compare(expected, actual, skipped, problems, "message");
        return problems;
    }

    private void compare(ExpectedMail expected, ParsedMail actual, Set<Aspect> skipped, List<String> problems, String where) {
        if (!skipped.contains(Aspect.SUBJECT) && expected.subjectKnown && !words(actual.subject()).equals(words(expected.subject))) {
            problems.add(where + ": subject \"" + actual.subject() + "\", expected \"" + expected.subject + "\"");
        }
        if (!skipped.contains(Aspect.FROM) && expected.fromKnown) {
            from(expected, actual, problems, where);
        }
        String everything = everything(actual);
        if (!skipped.contains(Aspect.TEXT)) {
            String text = skeleton(actual.text());
            for (String expectedText : expected.texts) {
                missing(text, expectedText, actual, problems, where + ": text");
            }
            for (String content : expected.anywhere) {
                missing(everything, content, actual, problems, where + ": content");
            }
        }
        if (!skipped.contains(Aspect.HTML)) {
            String html = actual.html() == null ? "" : skeleton(Jsoup.parse(actual.html()).body().text());
            for (String expectedHtml : expected.htmls) {
                missing(html, Jsoup.parse(expectedHtml).body().text(), actual, problems, where + ": HTML");
            }
        }
        if (!skipped.contains(Aspect.FILES)) {
            files(expected, actual, problems, where, everything);
        }
        if (!skipped.contains(Aspect.NESTED)) {
            List<MailPart> messages = actual.attachments().stream().filter(part -> part.contentType().startsWith("message/rfc822")
                    || part.contentType().startsWith("message/global")).toList();
            if (messages.size() < expected.messages.size()) {
                problems.add(where + ": " + messages.size() + " nested messages, expected " + expected.messages.size());
            }
            for (int i = 0; i < Math.min(messages.size(), expected.messages.size()); i++) {
                // NESTED stands for everything inside nested messages
                compare(expected.messages.get(i), parser.parse(messages.get(i).content()), Set.of(), problems, where + " > nested " + (i + 1));
            }
        }
    }

    private static void from(ExpectedMail expected, ParsedMail actual, List<String> problems, String where) {
        if (expected.fromAddress == null) {
            if (actual.from() != null) {
                problems.add(where + ": from " + actual.from() + ", expected none (no address)");
            }
        } else if (actual.from() == null) {
            problems.add(where + ": no from, expected " + expected.fromAddress);
        } else if (!actual.from().address().equals(expected.fromAddress.toLowerCase(Locale.ROOT))) {
            problems.add(where + ": from " + actual.from().address() + ", expected " + expected.fromAddress);
        } else if (expected.fromName != null && !words(actual.from().name()).equals(words(expected.fromName))) {
            problems.add(where + ": from name \"" + actual.from().name() + "\", expected \"" + expected.fromName + "\"");
        }
    }

    private static void files(ExpectedMail expected, ParsedMail actual, List<String> problems, String where, String everything) {
        List<String> names = actual.attachments().stream().map(MailPart::filename).toList();
        for (ExpectedMail.File file : expected.files) {
            if (file.name() != null && !lastPathComponent(file.name()).isEmpty() && !names.contains(lastPathComponent(file.name()))) {
                problems.add(where + ": no file named \"" + file.name() + "\" among " + names);
            }
            if (file.bytes() != null) {
                // an unnamed part may be body text for us: then its text must be there
                boolean kept = actual.attachments().stream().anyMatch(part -> sameBytes(part.content(), file.bytes()))
                        || (file.name() == null && everything.contains(skeleton(CharsetGuess.decode(file.bytes(), null))));
                if (!kept) {
                    problems.add(where + ": content of file " + file.name() + " (" + file.bytes().length + " bytes) not kept");
                }
            } else if (file.text() != null) {
                missing(everything, file.text(), actual, problems, where + ": file text");
            }
        }
    }

    /**
     * Equal, or ours has the one or two bytes more that an unpadded last group of base64
     * characters holds: we decode them, the reference parsers drop that group.
     */
    private static boolean sameBytes(byte[] ours, byte[] expected) {
        int extra = ours.length - expected.length;
        return Arrays.equals(ours, expected)
                || (extra > 0 && extra <= 2 && Arrays.equals(ours, 0, expected.length, expected, 0, expected.length));
    }

    /** Everything we kept, as text: body, HTML and every file. */
    private static String everything(ParsedMail actual) {
        List<String> all = new ArrayList<>();
        all.add(actual.text());
        if (actual.html() != null) {
            all.add(Jsoup.parse(actual.html()).text());
        }
        for (MailPart part : actual.attachments()) {
            all.add(CharsetGuess.decode(part.content(), null));
        }
        return skeleton(String.join(" ", all));
    }

    /**
     * Adds a problem for the first line of the expected text that is not in ours (in order).
     * Uuencoded blocks in it must be among our files instead.
     */
    private static void missing(String ours, String expected, ParsedMail actual, List<String> problems, String what) {
        String text = expected;
        for (Uuencode.File file : Uuencode.find(expected)) {
            if (actual.attachments().stream().noneMatch(part -> Arrays.equals(part.content(), file.content()))) {
                problems.add(what + ": uuencoded " + file.name() + " is not a file");
            }
            text = text.replace(expected.substring(file.start(), file.end()), "\n");
        }
        int from = 0;
        for (String line : normalized(text).split("\n")) {
            String wanted = skeleton(line);
            if (wanted.isEmpty()) {
                continue;
            }
            int at = ours.indexOf(wanted, from);
            if (at < 0) {
                problems.add(what + " lacks \"" + shorten(line) + "\" (from \"" + shorten(expected) + "\")");
                return;
            }
            from = at + wanted.length();
        }
    }

    /** Letters and digits of the normalized text, as compared. */
    static String skeleton(String text) {
        if (text == null) {
            return "";
        }
        text = normalized(text);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String normalized(String text) {
        return ENRICHED.matcher(MIME_SYNTAX.matcher(text).replaceAll("")).replaceAll("");
    }

    static String words(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String lastPathComponent(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
    }
}
