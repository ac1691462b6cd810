package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.atende.channel.email.internal.ParsedMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message of Apache James mime4j's corpus (its own edge cases and Perl MIME-tools'
 * messages) against the decoded structure mime4j's tests expect.
 */
class Mime4jCorpusTests {

    private static final String LOCAL_SENDER = "\"From: user2\" has no domain: Jakarta Mail reads it as an address, we read"
            + " no sender, since nothing can be answered there (as for \"From: Whomever\" in the other corpus)";

    /**
     * Where the expected result records a choice of mime4j's that differs from ours on purpose;
     * only the named aspect is left unchecked, the rest of the message still is.
     */
    private static final Map<String, Map<CorpusCheck.Aspect, String>> DIFFERENCES = Map.of(
            "mimetools-testmsgs/multi-2evil.msg", Map.of(CorpusCheck.Aspect.FILES, "the expected name is decoded here by Jakarta"
                    + " Mail, which reads the backslashes of a Windows path as escapes and leaves encoded words inside a word"
                    + " alone; we give 3d-compress.gif, the name the message itself announces"),
            "mimetools-testmsgs/re-fwd.msg", Map.of(CorpusCheck.Aspect.FROM, LOCAL_SENDER,
                    CorpusCheck.Aspect.NESTED, LOCAL_SENDER + "; so are the senders of both messages nested in it"),
            "mimetools-testmsgs/uu-zeegee.msg", Map.of(CorpusCheck.Aspect.FROM, LOCAL_SENDER));

    private static final String FOLDER = "apache-james-mime4j/core/src/test/resources";

    private final CorpusCheck check = new CorpusCheck();

    @TestFactory
    Stream<DynamicTest> everyMessageIsReadWithoutLoss() {
        return CorpusDirectory.tests(FOLDER, root -> {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(path -> path.toString().endsWith(".msg")).sorted().toList().stream()
                        .map(msg -> test(root, msg));
            }
        });
    }

    /** The list above stays honest: each listed aspect really differs, and is the only one that does. */
    @TestFactory
    Stream<DynamicTest> listedDifferencesStillDiffer() {
        return CorpusDirectory.tests(FOLDER, root -> DIFFERENCES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String name = entry.getKey();
            ParsedMail parsed = new MailParser().parse(Files.readAllBytes(root.resolve(name)));
            ExpectedMail expected = Mime4jExpectations.read(Path.of(root.resolve(name).toString().replaceFirst("\\.msg$", "_decoded.xml")));
            for (CorpusCheck.Aspect aspect : entry.getValue().keySet()) {
                Set<CorpusCheck.Aspect> others = EnumSet.allOf(CorpusCheck.Aspect.class);
                others.remove(aspect);
                assertThat(check.differences(expected, parsed, others)).as(aspect + ": " + entry.getValue().get(aspect)).isNotEmpty();
            }
        })));
    }

    private DynamicTest test(Path root, Path msg) {
        String name = root.relativize(msg).toString();
        Path expected = Path.of(msg.toString().replaceFirst("\\.msg$", "_decoded.xml"));
        return DynamicTest.dynamicTest(name, msg.toUri(), () -> {
            byte[] raw = Files.readAllBytes(msg);
            ParsedMail[] parsed = new ParsedMail[1];
            assertThatCode(() -> parsed[0] = new MailParser().parse(raw)).doesNotThrowAnyException();
            Set<CorpusCheck.Aspect> skipped = EnumSet.noneOf(CorpusCheck.Aspect.class);
            skipped.addAll(DIFFERENCES.getOrDefault(name, Map.of()).keySet());
            assertThat(check.differences(Mime4jExpectations.read(expected), parsed[0], skipped)).as("differences from the expected result").isEmpty();
        });
    }
}
