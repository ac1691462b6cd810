package dev.atende.channel.email.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a corpus's expected-result file says was in one message, in the terms we can check:
 * subject, sender, the texts and HTML that must reach the body, the files, and the messages
 * nested in it (each checked again through our {@code .eml} attachment).
 */
final class ExpectedMail {

    /** A file: its name when the result names it, and its content as bytes or as text. */
    record File(String name, byte[] bytes, String text) {
    }

    String subject;
    boolean subjectKnown;
    String fromAddress;
    String fromName;
    boolean fromKnown;
    final List<String> texts = new ArrayList<>();
    final List<String> htmls = new ArrayList<>();
    /** Content that must be somewhere: in the text, the HTML or a file. */
    final List<String> anywhere = new ArrayList<>();
    final List<File> files = new ArrayList<>();
    final List<ExpectedMail> messages = new ArrayList<>();
}
