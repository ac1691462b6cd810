package dev.atende.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What a node's Lucene index holds, kept in a small file beside it: the mapping version it was
 * built with (a newer release with another mapping rebuilds it) and the time up to which every
 * committed change is known to be indexed (a restart catches up from there).
 */
final class SearchIndexState {

    /** Raise when the mapping changes in a way an existing index cannot serve. */
    static final int MAPPING_VERSION = 1;

    private static final String FILE = "atende-index.properties";

    private final Path file;

    SearchIndexState(Path indexDirectory) {
        this.file = indexDirectory.resolve(FILE);
    }

    static Path indexDirectory(Path dataDir) {
        return dataDir.resolve("index").toAbsolutePath();
    }

    /**
     * {@code database}: when the database the index was built from was created, so that an index
     * left beside a new or restored database is rebuilt, not trusted.
     */
    record State(int mappingVersion, String database, Instant indexedThrough) {
    }

    Optional<State> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(new State(Integer.parseInt(properties.getProperty("mappingVersion", "0")),
                    properties.getProperty("database", ""), Instant.parse(properties.getProperty("indexedThrough"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // treated as no index: rebuilt
        }
    }

    /** Forgets the state: a rebuild is under way, and if it does not finish the next start must redo it. */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(State state) {
        var properties = new Properties();
        properties.setProperty("mappingVersion", Integer.toString(state.mappingVersion()));
        properties.setProperty("database", state.database());
        properties.setProperty("indexedThrough", state.indexedThrough().toString());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Atende search index state");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
