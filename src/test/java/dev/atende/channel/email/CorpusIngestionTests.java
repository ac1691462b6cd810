package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message of the shared e-mail corpus goes through the whole channel (store, parse,
 * thread, ticket) without a 500 and without being lost: it becomes a ticket or an article, or,
 * when it cannot (no usable sender), it is kept as failed mail for an admin.
 */
@H2ServerTest
class CorpusIngestionTests extends ApiSpec {

    @TestFactory
    Stream<DynamicTest> everyCorpusMessageIsIngestedOrKeptWithItsReason() throws IOException {
        String configured = System.getenv("ATENDE_CORPUS_DIR");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/email").normalize();
        if (!Files.isDirectory(root)) {
            String why = "E-mail corpus not found at " + root + " (set ATENDE_CORPUS_DIR): corpus ingestion skipped";
            return Stream.of(DynamicTest.dynamicTest("corpus", () -> Assumptions.abort(why)));
        }
        List<Path> mails;
        try (var files = Files.walk(root)) {
            mails = files.filter(p -> p.toString().endsWith(".eml") || p.toString().endsWith(".msg")).sorted().toList();
        }
        return mails.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            byte[] raw = Files.readAllBytes(file);
            var answer = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw",
                    BodyPublishers.ofByteArray(raw), "message/rfc822");
            if (raw.length == 0) {
                answer.expectProblem(422);
                return;
            }
            var result = answer.expect(202).json();
            String outcome = result.path("result").asString();
            assertThat(outcome).isIn("created", "appended", "duplicate", "ignored", "failed");
            long inbound = result.path("inboundId").asLong();
            if (!outcome.equals("duplicate")) { // a duplicate names the mail stored first under its Message-ID
                assertThat(jdbc.queryForObject("select size_bytes from mail_inbound where id = ?", Long.class, inbound))
                        .isEqualTo(raw.length);
            }
            if (outcome.equals("failed")) {
                assertThat(result.path("reason").asString()).containsAnyOf("sender", "From");
            } else if (outcome.equals("created") || outcome.equals("appended")) {
                long ticket = result.path("ticketId").asLong();
                assertThat(jdbc.queryForObject("select count(*) from articles where ticket_id = ?", Long.class, ticket))
                        .isPositive();
            }
        }));
    }
}
