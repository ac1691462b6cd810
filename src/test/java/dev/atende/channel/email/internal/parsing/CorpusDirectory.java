package dev.atende.channel.email.internal.parsing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared e-mail corpus lives: {@code ATENDE_CORPUS_DIR}, else {@code ../shared/corpus/email}
 * next to the project. Without it the corpus tests are skipped, and say so.
 */
final class CorpusDirectory {

    private CorpusDirectory() {
    }

    static Path require(String folder) {
        String configured = System.getenv("ATENDE_CORPUS_DIR");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/email").normalize();
        Path path = root.resolve(folder);
        if (!Files.isDirectory(path)) {
            Assumptions.abort("E-mail corpus not found at " + path + " (set ATENDE_CORPUS_DIR): corpus tests skipped");
        }
        return path;
    }
}
