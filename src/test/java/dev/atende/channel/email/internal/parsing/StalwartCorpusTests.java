package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.atende.channel.email.internal.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message of stalwartlabs/mail-parser's corpus (RFC examples, Dovecot's third-party and
 * malformed mail), read as LF and as CRLF as upstream does, against its expected results.
 */
class StalwartCorpusTests {

    private static final String TWO_CONTENT_TYPES = "the part declares two Content-Types; we follow the first"
            + " (multipart/alternative), whose preamble holds the plain version, and show the HTML version with its image;"
            + " mail-parser reads the whole part as plain text, HTML source included";

    /**
     * Where the expected result records a choice of mail-parser's that differs from ours on
     * purpose; only the named aspect is left unchecked, the rest of the message still is.
     */
    private static final Map<String, Map<CorpusCheck.Aspect, String>> DIFFERENCES = Map.of(
            "malformed/012.eml", Map.of(CorpusCheck.Aspect.NESTED, "a part whose inner multipart never closes ends at the"
                    + " outer boundary for us, so \"333\" is a third nested message (kept); mail-parser leaves it inside the second"),
            "malformed/019.eml", Map.of(CorpusCheck.Aspect.HTML, "one multipart/alternative holds three HTML versions: we show"
                    + " the last and keep the other two as files; mail-parser lists all three as HTML bodies"),
            "malformed/020.eml", Map.of(CorpusCheck.Aspect.TEXT, TWO_CONTENT_TYPES),
            "malformed/021.eml", Map.of(CorpusCheck.Aspect.TEXT, TWO_CONTENT_TYPES),
            "thirdparty/015.eml", Map.of(CorpusCheck.Aspect.NESTED, "three attached messages whose headers run into the next"
                    + " boundary: mail-parser merges them into one (the subject of the third, the sender of the second); we keep"
                    + " three .eml files, each with its own headers"));

    private static final String FOLDER = "stalwartlabs-mail-parser/resources/eml";

    private final CorpusCheck check = new CorpusCheck();

    @TestFactory
    Stream<DynamicTest> everyMessageIsReadWithoutLoss() {
        return CorpusDirectory.tests(FOLDER, root -> {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(path -> path.toString().endsWith(".eml")).sorted().toList().stream()
                        .flatMap(eml -> Stream.of(test(root, eml, false), test(root, eml, true)));
            }
        });
    }

    /** The list above stays honest: each listed aspect really differs, and is the only one that does. */
    @TestFactory
    Stream<DynamicTest> listedDifferencesStillDiffer() {
        return CorpusDirectory.tests(FOLDER, root -> DIFFERENCES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String name = entry.getKey();
            ParsedMail parsed = new MailParser().parse(Files.readAllBytes(root.resolve(name)));
            ExpectedMail expected = StalwartExpectations.read(Path.of(root.resolve(name).toString().replaceFirst("\\.eml$", ".json")));
            for (CorpusCheck.Aspect aspect : entry.getValue().keySet()) {
                Set<CorpusCheck.Aspect> others = EnumSet.allOf(CorpusCheck.Aspect.class);
                others.remove(aspect);
                assertThat(check.differences(expected, parsed, others)).as(aspect + ": " + entry.getValue().get(aspect)).isNotEmpty();
            }
        })));
    }

    private DynamicTest test(Path root, Path eml, boolean crlf) {
        String name = root.relativize(eml).toString();
        String base = eml.toString().substring(0, eml.toString().length() - ".eml".length());
        Path expected = Path.of(base + (crlf ? ".crlf.json" : ".json"));
        return DynamicTest.dynamicTest(name + (crlf ? " (CRLF)" : " (LF)"), eml.toUri(), () -> {
            byte[] raw = lines(Files.readAllBytes(eml), crlf);
            ParsedMail[] parsed = new ParsedMail[1];
            assertThatCode(() -> parsed[0] = new MailParser().parse(raw)).doesNotThrowAnyException();
            Set<CorpusCheck.Aspect> skipped = EnumSet.noneOf(CorpusCheck.Aspect.class);
            skipped.addAll(DIFFERENCES.getOrDefault(name, Map.of()).keySet());
            assertThat(check.differences(StalwartExpectations.read(expected), parsed[0], skipped)).as("differences from the expected result").isEmpty();
        });
    }

    /** Upstream strips every CR, then makes CRLF of every LF for the second run. */
    private static byte[] lines(byte[] raw, boolean crlf) {
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r", "");
        return (crlf ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.ISO_8859_1);
    }
}
