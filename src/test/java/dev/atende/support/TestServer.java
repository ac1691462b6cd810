package dev.atende.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What every full-server test context shares: the first admin's credentials, the settings both
 * database flavours use, and one temporary data directory per flavour and JVM (removed at exit).
 */
public final class TestServer {

    /** The admin created on start-up (the database is empty then). */
    public static final String ADMIN_EMAIL = "admin@atende.test";
    public static final String ADMIN_PASSWORD = "admin-test-password-1";

    static final String ADMIN_EMAIL_PROPERTY = "atende.admin.email=" + ADMIN_EMAIL;
    static final String ADMIN_PASSWORD_PROPERTY = "atende.admin.password=" + ADMIN_PASSWORD;
    /** {@code /actuator/prometheus} answers 404 in tests without it. */
    static final String METRICS_PROPERTY = "management.defaults.metrics.export.enabled=true";

    private static final Map<String, Path> DATA_DIRECTORIES = new ConcurrentHashMap<>();

    private TestServer() {
    }

    /** A fresh directory for attachments and indexes of one flavour's context, the same for the whole run. */
    static Path dataDirectory(String flavour) {
        return DATA_DIRECTORIES.computeIfAbsent(flavour, f -> {
            try {
                Path dir = Files.createTempDirectory("atende-test-" + f + "-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "delete " + dir));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; the operating system cleans up what is left
        }
    }
}
