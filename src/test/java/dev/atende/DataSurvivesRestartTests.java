package dev.atende;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in the data directory: a restart loses nothing. */
class DataSurvivesRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void ticketsRepliesAndFilesAreStillThereAfterARestart() {
        long ticketId;
        try (var server = start()) {
            var admin = api(server).basic("admin@restart.test", "restart-password-1");
            ticketId = admin.post("/api/v1/tickets", Api.json("subject", "Persistência ✓", "body", "Primeira mensagem"))
                    .expect(201).id();
            admin.post("/api/v1/tickets/" + ticketId + "/articles", Api.json("body", "Segunda")).expect(201);
        }

        try (var server = start()) {
            var admin = api(server).basic("admin@restart.test", "restart-password-1");
            var ticket = admin.get("/api/v1/tickets/" + ticketId).expect(200).json();
            var articles = admin.get("/api/v1/tickets/" + ticketId + "/articles").expect(200).json();

            assertThat(ticket.path("subject").asString()).isEqualTo("Persistência ✓");
            assertThat(ticket.path("status").asString()).isEqualTo("open");
            assertThat(articles.size()).isEqualTo(2);
            assertThat(admin.get("/api/v1/users?role=admin").expect(200).json().path("total").asLong()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AtendeApplication.class).run(
                "--server.port=0",
                "--atende.data-dir=" + dataDir,
                "--atende.admin.email=admin@restart.test",
                "--atende.admin.password=restart-password-1",
                "--spring.main.banner-mode=off");
    }

    private static Api api(ConfigurableApplicationContext server) {
        return Api.at(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
    }
}
