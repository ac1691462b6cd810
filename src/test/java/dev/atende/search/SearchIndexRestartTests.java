package dev.atende.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.AtendeApplication;
import dev.atende.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The index lives beside the embedded database and follows it across restarts: kept when it is
 * current, caught up with what changed while the server was down, rebuilt when it was made by
 * another mapping version or is missing.
 */
class SearchIndexRestartTests {

    private static final String ADMIN = "admin@search-restart.test";
    private static final String PASSWORD = "restart-password-1";

    @TempDir
    Path dataDir;

    @Test
    void theIndexIsKeptCaughtUpOrRebuiltAcrossRestarts() throws Exception {
        long ticketId;
        try (var server = start()) {
            ticketId = admin(server).post("/api/v1/tickets", Api.json("subject", "Servidor de arquivos caiu",
                    "body", "Ninguém acessa a pasta compartilhada.")).expect(201).id();
            awaitFound(server, "arquivos", ticketId);
        }
        Path state = dataDir.resolve("index").resolve("atende-index.properties");
        assertThat(state).exists();

        // a current index is kept, not rebuilt
        try (var server = start()) {
            assertThat(index(server).path("startedAt").isNull()).isTrue();
            awaitFound(server, "servidor", ticketId);
        }

        // a change made while the server was down (straight to the database) is caught up
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("atende")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            db.createStatement().executeUpdate("update tickets set subject = 'Impressora sem toner', "
                    + "updated_at = current_timestamp where id = " + ticketId);
        }
        try (var server = start()) {
            awaitFound(server, "toner", ticketId);
        }

        // an index made by another mapping version is rebuilt
        Files.writeString(state, Files.readString(state).replaceAll("mappingVersion=\\d+", "mappingVersion=0"));
        try (var server = start()) {
            await(() -> index(server), status -> !status.path("finishedAt").isNull());
            awaitFound(server, "toner", ticketId);
            assertThat(Files.readString(state)).doesNotContain("mappingVersion=0");
        }

        // a missing index is rebuilt
        try (var files = Files.walk(dataDir.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (var server = start()) {
            awaitFound(server, "impressora", ticketId);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AtendeApplication.class).run(
                "--server.port=0",
                "--atende.data-dir=" + dataDir,
                "--atende.admin.email=" + ADMIN,
                "--atende.admin.password=" + PASSWORD,
                "--spring.main.banner-mode=off");
    }

    private static Api admin(ConfigurableApplicationContext server) {
        return Api.at(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")))
                .basic(ADMIN, PASSWORD);
    }

    private static JsonNode index(ConfigurableApplicationContext server) {
        return admin(server).get("/api/v1/search/index").expect(200).json();
    }

    private static void awaitFound(ConfigurableApplicationContext server, String word, long ticketId) {
        await(() -> admin(server).get("/api/v1/search?type=ticket&q=" + word).expect(200).json(),
                answer -> answer.path("results").get(0).path("items").valueStream()
                        .anyMatch(hit -> hit.path("id").asLong() == ticketId));
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> call, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last = call.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so within 20 s: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = call.get();
        }
        return last;
    }
}
