package dev.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiResponse;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge base through the API and the help center, against the real search index. The
 * index is updated after each commit, so checks of search results wait for them (up to 5 s).
 * All tests share one index: each uses a unique word and looks for its own articles only.
 */
abstract class KnowledgeSpec extends ApiSpec {

    @Autowired
    Deflections deflections;

    private TestUser writer() {
        return people.agent();
    }

    private JsonNode write(TestUser writer, Object... fields) {
        return api.as(writer).post("/api/v1/kb/articles", Api.json(fields)).expect(201).json();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonNode items) {
        return items.valueStream().map(i -> i.path("id").asLong()).toList();
    }

    private static void eventually(Supplier<Boolean> check, String what) {
        Instant end = Instant.now().plus(Duration.ofSeconds(5));
        while (!check.get()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within 5 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private List<Long> search(Api as, String text) {
        return ids(as.get("/api/v1/kb/search?size=100&q=" + q(text)).expect(200).json().path("items"));
    }

    @Test
    void writerCreatesChangesPublishesAndRestoresAnEarlierVersion() {
        TestUser agent = writer();
        JsonNode created = write(agent, "title", "Trocar o toner", "body", "<p>Abra a tampa.</p>", "locale", "pt-BR",
                "tags", List.of("Impressora", "toner"));
        long id = created.path("id").asLong();
        assertThat(created.path("status").asString()).isEqualTo("draft");
        assertThat(created.path("visibility").asString()).isEqualTo("public");
        assertThat(created.path("tags").valueStream().map(JsonNode::asString)).containsExactly("impressora", "toner");
        assertThat(created.path("url").asString()).isEqualTo("/help/articles/" + id + "-trocar-o-toner");

        var changed = api.as(agent).header("If-Match", "\"" + created.path("version").asLong() + "\"")
                .patch("/api/v1/kb/articles/" + id, Api.json("body", "<p>Abra a tampa lateral.</p>", "status", "published"))
                .expect(200);
        assertThat(changed.json().path("status").asString()).isEqualTo("published");
        assertThat(changed.json().path("publishedAt").isNull()).isFalse();
        api.as(agent).header("If-Match", "\"0\"").patch("/api/v1/kb/articles/" + id, Api.json("title", "Velho"))
                .expectProblem(412);

        JsonNode versions = api.as(agent).get("/api/v1/kb/articles/" + id + "/versions").expect(200).json();
        assertThat(versions.valueStream().map(v -> v.path("revision").asInt())).containsExactly(2, 1);
        assertThat(versions.get(1).path("body").asString()).isEqualTo("<p>Abra a tampa.</p>");
        assertThat(versions.get(0).path("editor").path("id").asLong()).isEqualTo(agent.id());

        JsonNode restored = api.as(agent).post("/api/v1/kb/articles/" + id + "/versions/1/restore", Map.of())
                .expect(200).json();
        assertThat(restored.path("body").asString()).isEqualTo("<p>Abra a tampa.</p>");
        assertThat(restored.path("status").asString()).as("restoring keeps it published").isEqualTo("published");
        assertThat(restored.path("revision").asInt()).isEqualTo(3);
        api.as(agent).post("/api/v1/kb/articles/" + id + "/versions/9/restore", Map.of()).expectProblem(404);
    }

    @Test
    void customersReadButNeverWriteAndBadFieldsAreListed() {
        TestUser customer = people.customer();
        api.as(customer).post("/api/v1/kb/articles", Api.json("title", "x", "body", "y")).expectProblem(403);
        api.anonymous().post("/api/v1/kb/articles", Api.json("title", "x", "body", "y")).expectProblem(401);
        JsonNode problem = api.as(writer()).post("/api/v1/kb/articles", Api.json("title", "", "body", "<script>x</script>",
                "visibility", "secret", "locale", "fr", "category", 999999999, "colour", "red")).expectProblem(422);
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("title", "visibility", "colour");
        JsonNode second = api.as(writer()).post("/api/v1/kb/articles", Api.json("title", "Ok", "body", "<script>x</script>",
                "locale", "fr", "category", 999999999)).expectProblem(422);
        assertThat(second.path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("body", "locale", "category");
    }

    @Test
    void translationsAreLinkedBothWays() {
        TestUser agent = writer();
        long pt = write(agent, "title", "Redefinir senha", "body", "<p>Use o link.</p>", "locale", "pt-BR",
                "status", "published").path("id").asLong();
        long en = write(agent, "title", "Reset your password", "body", "<p>Use the link.</p>", "locale", "en",
                "status", "published", "translationOf", pt).path("id").asLong();

        assertThat(api.get("/api/v1/kb/articles/" + pt).expect(200).json().path("translations").path("en").path("id")
                .asLong()).isEqualTo(en);
        assertThat(api.get("/api/v1/kb/articles/" + en).expect(200).json().path("translations").path("pt-BR")
                .path("id").asLong()).isEqualTo(pt);
        api.as(agent).post("/api/v1/kb/articles", Api.json("title", "Outra", "body", "<p>x</p>", "locale", "en",
                "translationOf", pt)).expectProblem(422);
        api.as(agent).patch("/api/v1/kb/articles/" + en, Api.json("locale", "pt-BR")).expectProblem(422);
    }

    @Test
    void internalArticlesAndDraftsNeverReachCustomersNorVisitors() {
        TestUser agent = writer();
        String word = "zqint" + UUID.randomUUID().toString().substring(0, 6);
        long internal = write(agent, "title", "Procedimento " + word, "body", "<p>Senha do servidor " + word + "</p>",
                "visibility", "internal", "status", "published", "locale", "pt-BR").path("id").asLong();
        long draft = write(agent, "title", "Rascunho " + word, "body", "<p>Ainda não " + word + "</p>",
                "locale", "pt-BR").path("id").asLong();
        long open = write(agent, "title", "Aberto " + word, "body", "<p>Para todos " + word + "</p>",
                "status", "published", "locale", "pt-BR").path("id").asLong();

        eventually(() -> search(api.as(agent), word).contains(internal), "the internal article is indexed");
        eventually(() -> search(api, word).contains(open), "the public article is indexed");
        TestUser customer = people.customer();
        for (Api reader : List.of(api, api.as(customer))) {
            assertThat(search(reader, word)).contains(open).doesNotContain(internal, draft);
            assertThat(ids(reader.get("/api/v1/kb/suggest?limit=10&q=" + q(word)).expect(200).json()))
                    .doesNotContain(internal, draft);
            reader.get("/api/v1/kb/articles/" + internal).expectProblem(404);
            reader.get("/api/v1/kb/articles/" + draft).expectProblem(404);
            reader.get("/api/v1/kb/articles/" + internal + "/versions").expect(reader == api ? 401 : 403);
            assertThat(ids(reader.get("/api/v1/kb/articles?size=200&title=" + word).expect(200).json().path("items")))
                    .containsExactly(open);
        }
        assertThat(ids(api.as(agent).get("/api/v1/kb/articles?size=200&title=" + word).expect(200).json().path("items")))
                .containsExactlyInAnyOrder(internal, draft, open);
        assertThat(search(api.as(agent), word)).as("the team searches published ones").contains(internal, open)
                .doesNotContain(draft);

        api.get("/help/articles/" + internal).expect(404);
        api.get("/help/articles/" + draft).expect(404);
        String sitemap = api.get("/help/sitemap.xml").expect(200).body();
        assertThat(sitemap).contains("/help/articles/" + open + "-").doesNotContain("/help/articles/" + internal + "-")
                .doesNotContain("/help/articles/" + draft + "-");
        String page = api.get("/help/search?q=" + word).expect(200).body();
        assertThat(page).contains("Aberto").doesNotContain("Procedimento").doesNotContain("Rascunho");
    }

    @Test
    void searchIgnoresAccentsAndCaseStemsPluralsAndForgivesATypo() {
        TestUser agent = writer();
        String word = "zqacc" + UUID.randomUUID().toString().substring(0, 6);
        long id = write(agent, "title", "Configuração da impressora " + word, "body",
                "<p>As impressoras da rede precisam de configuração.</p>", "status", "published", "locale", "pt-BR")
                .path("id").asLong();
        long english = write(agent, "title", "Configuring printers " + word, "body", "<p>Printer settings.</p>",
                "status", "published", "locale", "en").path("id").asLong();
        eventually(() -> search(api, word).contains(id), "the article is indexed");

        assertThat(search(api, "configuracao " + word)).contains(id);
        assertThat(search(api, "CONFIGURAÇÃO")).contains(id);
        assertThat(search(api, "impressoras " + word)).as("plural").contains(id);
        assertThat(search(api, "impresora")).as("a typo").contains(id);
        assertThat(search(api, "printer " + word)).as("English stemming").contains(english);
        assertThat(search(api, "configure " + word)).as("English stemming").contains(english);
        JsonNode hits = api.get("/api/v1/kb/search?q=" + q("configuracao " + word)).expect(200).json();
        assertThat(hits.path("items").get(0).path("title").asString()).contains("<mark>");
        assertThat(search(api, word + " printers")).doesNotContain(id);
        assertThat(ids(api.get("/api/v1/kb/search?locale=en&size=100&q=" + word).expect(200).json().path("items")))
                .containsExactly(english);
        assertThat(ids(api.get("/api/v1/kb/suggest?q=" + q("Minha impres")).expect(200).json())).isNotNull();
        assertThat(ids(api.get("/api/v1/kb/suggest?limit=10&q=" + q("problema " + word.substring(0, 8))).expect(200)
                .json())).as("the last word as a prefix").contains(id);
    }

    @Test
    void oddQueriesGetResultsOrAClearMessageNeverAnError() {
        TestUser agent = writer();
        String word = "zqodd" + UUID.randomUUID().toString().substring(0, 6);
        long id = write(agent, "title", "Impressora " + word, "body", "<p>Tudo sobre a impressora.</p>",
                "status", "published", "locale", "pt-BR").path("id").asLong();
        eventually(() -> search(api, word).contains(id), "the article is indexed");

        for (String odd : List.of("\"(foo AND\" ~*", "*", "~", "AND", "-", "\\", "(((", "\"", "a:b", "[x TO y]",
                "' OR 1=1 --", "<script>alert(1)</script>", "😀 impressora")) {
            var response = api.get("/api/v1/kb/search?q=" + q(odd));
            assertThat(response.status()).as(odd).isEqualTo(200);
            assertThat(api.get("/api/v1/kb/suggest?q=" + q(odd)).status()).as(odd).isEqualTo(200);
            assertThat(api.get("/help/search?q=" + q(odd)).status()).as(odd).isEqualTo(200);
        }
        assertThat(search(api, "принтер 打印机 " + word)).as("mixed scripts").contains(id);
        JsonNode mixed = api.get("/api/v1/kb/search?q=" + q("принтер 打印机 " + word)).expect(200).json();
        assertThat(mixed.path("approximate").asBoolean()).isTrue();

        JsonNode empty = api.get("/api/v1/kb/search?q=").expectProblem(422);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("q");
        api.get("/api/v1/kb/search").expectProblem(422);
        String huge = "impressora ".repeat(100);
        JsonNode tooLong = api.language("pt-BR").get("/api/v1/kb/search?q=" + q(huge)).expectProblem(422);
        assertThat(tooLong.path("errors").get(0).path("message").asString()).contains("200");
        assertThat(api.get("/api/v1/kb/suggest?q=" + q(huge)).expect(200).json().isArray()).isTrue();
        assertThat(api.get("/help/search?q=" + q(huge)).expect(200).body()).contains("200");
        // 10,000 characters do not fit in a request line: the web server refuses them before Atende sees them
        String tenThousand = "a".repeat(10_000);
        assertThat(api.get("/api/v1/kb/search?q=" + tenThousand).status()).isIn(400, 414, 422);
        assertThat(api.get("/help/search?q=" + tenThousand).status()).isIn(400, 414, 422);
        assertThat(api.get("/help/search?q=").expect(200).body()).contains("Type something");
        api.get("/api/v1/kb/suggest?q=x&limit=500").expectProblem(422);
        api.get("/api/v1/kb/search?q=x&locale=klingon").expectProblem(422);
        api.get("/api/v1/kb/search?q=x&size=100000").expectProblem(422);
    }

    @Test
    void hostileHtmlIsRemovedBeforeStorageAndDisplay() {
        TestUser agent = writer();
        JsonNode created = write(agent, "title", "<b>Título</b> \"com\" aspas", "body",
                "<p onclick=\"steal()\">Texto</p><script>alert(1)</script><img src=x onerror=alert(1)>"
                        + "<a href=\"javascript:alert(1)\">link</a><a href=\"https://example.com\">ok</a>"
                        + "<iframe src=\"https://evil.test\"></iframe><style>body{display:none}</style>",
                "status", "published", "locale", "pt-BR");
        String body = created.path("body").asString();
        assertThat(body).doesNotContain("<script", "onerror", "onclick", "javascript:", "<iframe", "<style")
                .contains("Texto", "https://example.com");
        String stored = jdbc.queryForObject("select body from kb_articles where id = ?", String.class,
                created.path("id").asLong());
        assertThat(stored).isEqualTo(body);

        String page = api.get(created.path("url").asString()).expect(200).body();
        assertThat(page).doesNotContain("alert(1)", "steal()", "evil.test").contains("&lt;b&gt;Título&lt;/b&gt;");
    }

    @Test
    void votesCommentsAndTheListsForTheTeam() {
        TestUser agent = writer();
        long id = write(agent, "title", "Artigo ruim " + Unique.name("v"), "body", "<p>Pouco útil.</p>",
                "status", "published", "locale", "pt-BR").path("id").asLong();
        for (int i = 0; i < 3; i++) {
            api.as(people.customer()).post("/api/v1/kb/articles/" + id + "/votes", Api.json("helpful", false))
                    .expect(200);
        }
        TestUser customer = people.customer();
        api.as(customer).post("/api/v1/kb/articles/" + id + "/votes", Api.json("helpful", false)).expect(200);
        JsonNode votes = api.as(customer).post("/api/v1/kb/articles/" + id + "/votes", Api.json("helpful", true))
                .expect(200).json();
        assertThat(votes.path("helpful").asLong()).as("a second answer replaces the first").isEqualTo(1);
        assertThat(votes.path("notHelpful").asLong()).isEqualTo(3);
        api.anonymous().post("/api/v1/kb/articles/" + id + "/votes", Api.json("helpful", true)).expectProblem(401);
        api.as(customer).post("/api/v1/kb/articles/" + id + "/votes", Api.json("helpful", "maybe")).expectProblem(422);

        JsonNode comment = api.as(customer).post("/api/v1/kb/articles/" + id + "/comments",
                Api.json("body", "<b>Faltou</b> o passo 2")).expect(201).json();
        assertThat(comment.path("status").asString()).isEqualTo("pending");
        assertThat(api.get("/api/v1/kb/articles/" + id + "/comments").expect(200).json().size()).isZero();
        assertThat(api.get(api.get("/api/v1/kb/articles/" + id).json().path("url").asString()).body())
                .doesNotContain("Faltou");
        api.as(customer).patch("/api/v1/kb/comments/" + comment.path("id").asLong(), Api.json("status", "approved"))
                .expectProblem(403);
        api.as(agent).patch("/api/v1/kb/comments/" + comment.path("id").asLong(), Api.json("status", "approved"))
                .expect(200);
        assertThat(api.get("/api/v1/kb/articles/" + id + "/comments").expect(200).json().get(0).path("body").asString())
                .isEqualTo("<b>Faltou</b> o passo 2");
        String page = api.get(api.get("/api/v1/kb/articles/" + id).json().path("url").asString()).expect(200).body();
        assertThat(page).contains("&lt;b&gt;Faltou&lt;/b&gt; o passo 2");

        JsonNode insights = api.as(agent).get("/api/v1/kb/insights?limit=100").expect(200).json();
        assertThat(ids(insights.path("leastHelpful"))).contains(id);
        assertThat(ids(insights.path("mostViewed"))).as("two visits of the page above").contains(id);
        api.as(customer).get("/api/v1/kb/insights").expectProblem(403);
    }

    @Test
    void aSessionIsDeflectedWhenNoRequestFollowsWithinTheHour() {
        TestUser agent = writer();
        JsonNode article = write(agent, "title", "Sem internet " + Unique.name("d"), "body", "<p>Reinicie o roteador.</p>",
                "status", "published", "locale", "pt-BR");
        String answered = UUID.randomUUID().toString();
        String sent = UUID.randomUUID().toString();
        api.get(article.path("url").asString() + "?draft=" + answered).expect(200);
        api.get(article.path("url").asString() + "?draft=" + sent).expect(200);
        api.get(article.path("url").asString() + "?draft=%3Cscript%3E").expect(200);
        TestUser customer = people.customer();
        api.as(customer).post("/api/v1/tickets?kbDraft=" + sent, Api.json("subject", "Sem internet", "body", "Ainda não",
                "channel", "web")).expect(201);

        assertThat(jdbc.queryForObject("select ticket_id is not null from kb_deflection_sessions where draft_key = ?",
                Boolean.class, sent)).isTrue();
        // two hours later
        Instant past = Instant.now().minus(Duration.ofHours(2));
        for (String key : List.of(answered, sent)) {
            jdbc.update("update kb_deflection_sessions set first_opened_at = ?, last_opened_at = ? where draft_key = ?",
                    Timestamp.from(past), Timestamp.from(past), key);
            jdbc.update("update kb_deflection_sessions set submitted_at = ? where draft_key = ? and submitted_at is not null",
                    Timestamp.from(past.plusSeconds(60)), key);
        }
        Instant from = past.minusMillis(1);
        Instant to = past.plusMillis(1);
        assertThat(deflections.sessionsWithSuggestions(from, to)).isEqualTo(2);
        assertThat(deflections.deflected(from, to)).isEqualTo(1);
    }

    @Test
    void theTeamUploadsImagesThatBecomePublicWithTheirArticle() {
        TestUser agent = writer();
        String boundary = "kbboundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nPNGDATA\r\n--" + boundary + "--\r\n";
        ApiResponse uploaded = api.as(agent).send("POST", "/api/v1/kb/files", multipart,
                "multipart/form-data; boundary=" + boundary).expect(201);
        String url = uploaded.json().path("url").asString();
        assertThat(uploaded.json().path("fileName").asString()).isEqualTo("a.png");
        api.get(url).expect(404);
        write(agent, "title", "Com imagem", "body", "<p>Veja:</p><img src=\"" + url + "\" alt=\"tela\">",
                "status", "published", "locale", "pt-BR");
        var image = api.get(url).expect(200);
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.body()).isEqualTo("PNGDATA");
        api.as(people.customer()).send("POST", "/api/v1/kb/files", multipart, "multipart/form-data; boundary=" + boundary)
                .expectProblem(403);
    }
}
