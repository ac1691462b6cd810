package dev.atende.channel.email.internal.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Where the shared e-mail corpus lives: {@code ATENDE_CORPUS_DIR}, else {@code ../shared/corpus/email}
 * next to the project. Without it the corpus tests are one skipped test that says why (an aborted
 * factory would vanish from the reports).
 */
final class CorpusDirectory {

    interface Tests {
        Stream<DynamicTest> of(Path folder) throws IOException;
    }

    private CorpusDirectory() {
    }

    static Stream<DynamicTest> tests(String folder, Tests tests) {
        String configured = System.getenv("ATENDE_CORPUS_DIR");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/email").normalize();
        Path path = root.resolve(folder);
        if (!Files.isDirectory(path)) {
            String why = "E-mail corpus not found at " + path + " (set ATENDE_CORPUS_DIR): corpus tests skipped";
            return Stream.of(DynamicTest.dynamicTest("corpus " + folder, () -> Assumptions.abort(why)));
        }
        try {
            return tests.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
