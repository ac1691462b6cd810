package dev.atende.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL database of {@link PostgresServerTest}: as a JUnit condition it skips the tests
 * when {@code ATENDE_TEST_POSTGRES_URL} is not set; as a context initializer it creates this
 * run's schema (failing loudly when the server cannot be reached) and points the datasource,
 * Flyway and everything else at it. The schema is dropped when the JVM exits.
 */
public final class PostgresTestDatabase
        implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "ATENDE_TEST_POSTGRES_URL";
    static final String SKIPPED = URL_VARIABLE + " not set: PostgreSQL tests skipped";

    private static String runSchema;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return configuredUrl() == null ? ConditionEvaluationResult.disabled(SKIPPED)
                : ConditionEvaluationResult.enabled(URL_VARIABLE + " is set");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = configuredUrl();
        if (url == null) {
            throw new IllegalStateException(SKIPPED);
        }
        String schema = schema(url);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-test-postgres", Map.of(
                "spring.datasource.url", withSchema(url, schema),
                "spring.datasource.username", user(),
                "spring.datasource.password", password(),
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema,
                "atende.data-dir", dataDirectory().toString())));
    }

    /** A kept schema keeps its data directory too: its search index would else be rebuilt each run. */
    private static java.nio.file.Path dataDirectory() {
        String kept = System.getProperty("bench.schema");
        return kept != null && kept.matches("[a-z_][a-z0-9_]{0,40}")
                ? java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "atende-" + kept)
                : TestServer.dataDirectory("postgres");
    }

    /**
     * The schema this run works in, created on first use. A benchmark may name one to keep
     * ({@code -Dbench.schema=...}): made when missing, never dropped, so that its seeded data
     * serves the next run.
     */
    private static synchronized String schema(String url) {
        String kept = System.getProperty("bench.schema");
        if (runSchema == null && kept != null && kept.matches("[a-z_][a-z0-9_]{0,40}")) {
            execute(url, "create schema if not exists " + kept);
            runSchema = kept;
        }
        if (runSchema == null) {
            String name = "atende_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            execute(url, "create schema " + name);
            runSchema = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(url, name), "drop " + name));
        }
        return runSchema;
    }

    private static void dropQuietly(String url, String name) {
        try {
            execute(url, "set lock_timeout = '10s'; drop schema " + name + " cascade");
        } catch (IllegalStateException e) {
            System.err.println("Could not drop the test schema " + name + ": " + e.getCause());
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " (" + URL_VARIABLE + ") failed: "
                    + e.getMessage(), e);
        }
    }

    static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String configuredUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static String user() {
        String user = System.getenv("ATENDE_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("ATENDE_TEST_POSTGRES_PASSWORD");
        return password == null ? "" : password;
    }
}
