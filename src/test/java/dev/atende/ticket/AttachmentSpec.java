package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Files on replies and notes: stored whole, given back only as downloads, only to who may see them. */
abstract class AttachmentSpec extends TicketSpec {

    @Value("${atende.data-dir}")
    java.nio.file.Path dataDir;

    @Test
    void filesUploadedWithAReplyDownloadByteForByteAsAttachments() throws Exception {
        var customer = people.customer();
        long id = openTicket(customer, "Screenshot").path("id").asLong();
        byte[] png = new byte[70_000];
        new java.util.Random(7).nextBytes(png);

        var article = new Multipart().field("body", "Here it is").file("files", "tela de erro 🙈.png", "image/png", png)
                .file("files", "log.txt", "text/plain", "linha 1\n".getBytes(StandardCharsets.UTF_8))
                .post(api.as(customer), "/api/v1/tickets/" + id + "/articles").expect(201).json();

        var files = article.path("attachments");
        assertThat(texts(files, "filename")).containsExactly("tela de erro 🙈.png", "log.txt");
        assertThat(files.get(0).path("size").asLong()).isEqualTo(png.length);
        var download = api.as(customer).send("GET", files.get(0).path("url").asString(),
                java.net.http.HttpRequest.BodyPublishers.noBody(), null);
        download.expect(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        String stored = jdbc.queryForObject("select sha256 from attachments where id = ?", String.class,
                files.get(0).path("id").asLong());
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
    }

    @Test
    void activeContentIsNeverServedAsAPageAndPathsInNamesAreDropped() {
        var customer = people.customer();
        long id = openTicket(customer, "Hostile files").path("id").asLong();

        var files = new Multipart().field("body", "see attached")
                .file("files", "../../etc/evil.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .file("files", "logo.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))
                .post(api.as(customer), "/api/v1/tickets/" + id + "/articles").expect(201).json().path("attachments");

        assertThat(texts(files, "filename")).containsExactly("evil.html", "logo.svg");
        for (var file : files) {
            var download = api.as(customer).get(file.path("url").asString()).expect(200);
            assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        }
    }

    @Test
    void ticketsCanBeOpenedWithFiles() {
        var customer = people.customer();

        var ticket = new Multipart().field("subject", "Contrato").field("body", "Segue o contrato")
                .file("files", "contrato.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .post(api.as(customer), "/api/v1/tickets").expect(201).json();

        var articles = api.as(customer).get("/api/v1/tickets/" + ticket.path("id").asLong() + "/articles").expect(200).json();
        assertThat(texts(articles.get(0).path("attachments"), "filename")).containsExactly("contrato.pdf");
    }

    @Test
    void filesOfInternalNotesAndOfOtherCustomersTicketsAreNotFound() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        long id = openTicket(customer, "Internal files").path("id").asLong();
        long noteFile = new Multipart().field("body", "internal analysis").field("visibility", "internal")
                .file("files", "analysis.txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8))
                .post(api.as(agent), "/api/v1/tickets/" + id + "/articles").expect(201).json()
                .path("attachments").get(0).path("id").asLong();
        long publicFile = new Multipart().field("body", "for you")
                .file("files", "fix.txt", "text/plain", "do this".getBytes(StandardCharsets.UTF_8))
                .post(api.as(agent), "/api/v1/tickets/" + id + "/articles").expect(201).json()
                .path("attachments").get(0).path("id").asLong();

        api.as(agent).get("/api/v1/attachments/" + noteFile).expect(200);
        api.as(customer).get("/api/v1/attachments/" + noteFile).expectProblem(404);
        api.as(customer).get("/api/v1/attachments/" + publicFile).expect(200);
        api.as(people.customer()).get("/api/v1/attachments/" + publicFile).expectProblem(404);
    }

    @Test
    void anEmptyReplyNeedsAFileAndAFileNeedsAName() {
        var customer = people.customer();
        long id = openTicket(customer, "Empty").path("id").asLong();

        new Multipart().field("body", "").post(api.as(customer), "/api/v1/tickets/" + id + "/articles").expectProblem(422);
        var onlyFile = new Multipart().file("files", "a.txt", "text/plain", new byte[] {1})
                .post(api.as(customer), "/api/v1/tickets/" + id + "/articles");
        var nameless = new Multipart().field("body", "x").file("files", "/", "text/plain", new byte[] {1})
                .post(api.as(customer), "/api/v1/tickets/" + id + "/articles");

        onlyFile.expect(201);
        nameless.expectProblem(422);
        assertThat(countRows("articles where ticket_id = " + id)).isEqualTo(2);
    }

    @Test
    void aFileOverTheLimitIs413AndLeavesNothingBehind() {
        var customer = people.customer();
        long id = openTicket(customer, "Huge").path("id").asLong();
        long blobsBefore = countRows("attachments");

        var answer = new Multipart().field("body", "huge file").file("files", "big.bin", "application/octet-stream",
                new byte[21 * 1024 * 1024]).post(api.as(customer), "/api/v1/tickets/" + id + "/articles");

        answer.expectProblem(413);
        assertThat(countRows("articles where ticket_id = " + id)).isEqualTo(1);
        assertThat(countRows("attachments")).isEqualTo(blobsBefore);
    }

    @Test
    void anUploadRefusedHalfwayLeavesNoFileOnDisk() throws Exception {
        var customer = people.customer();
        long id = openTicket(customer, "Half").path("id").asLong();
        long filesBefore = storedFiles();

        new Multipart().field("body", "two files").file("files", "good.txt", "text/plain", new byte[] {1, 2})
                .file("files", "..", "text/plain", new byte[] {3}).post(api.as(customer), "/api/v1/tickets/" + id + "/articles")
                .expectProblem(422);

        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(countRows("articles where ticket_id = " + id)).isEqualTo(1);
    }

    private long storedFiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    @Test
    void multipartWithoutCredentialsIs401() {
        new Multipart().field("subject", "x").field("body", "y").post(api, "/api/v1/tickets").expectProblem(401);
    }
}
