package dev.atende.identity;

import static dev.atende.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a clear problem document, never a stack trace, never a half-written record. */
abstract class BadInputSpec extends ApiSpec {

    private static final int JSON_LIMIT = 2 * 1024 * 1024;

    @Test
    void malformedJsonIsABadRequest() {
        var problem = api.as(people.admin()).send("POST", "/api/v1/users", "{\"email\": ", "application/json")
                .expectProblem(400);

        assertThat(problem.path("code").asString()).isEqualTo("error.json.malformed");
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("at tools.jackson");
    }

    @Test
    void unknownRoleIsAFieldError() {
        var problem = api.as(people.admin())
                .post("/api/v1/users", json("email", Unique.email("x"), "role", "superuser")).expectProblem(422);

        assertThat(field(problem, "role").path("message").asString()).isEqualTo("Unknown value: superuser.");
    }

    @Test
    void unknownRoleFilterIsAFieldError() {
        var problem = api.as(people.admin()).get("/api/v1/users?role=superuser").expectProblem(422);

        assertThat(field(problem, "role")).isNotNull();
    }

    @Test
    void valueOfTheWrongTypeIsAFieldError() {
        var problem = api.as(people.admin())
                .post("/api/v1/users", json("email", Unique.email("x"), "organization", "ACME")).expectProblem(422);

        assertThat(field(problem, "organization")).isNotNull();
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        var problem = api.as(people.admin()).post("/api/v1/users",
                json("email", "not an address", "role", "superuser")).expectProblem(422);

        assertThat(problem.path("errors").findValuesAsString("field")).contains("email", "role");
        var second = api.as(people.admin()).patch("/api/v1/users/" + people.customer().id(),
                json("name", "", "locale", 42, "active", "yes")).expectProblem(422);
        assertThat(second.path("errors").findValuesAsString("field")).contains("name", "locale", "active");
    }

    @Test
    void oversizedFieldIsAFieldErrorNamingTheLimit() {
        var problem = api.as(people.admin())
                .post("/api/v1/users", json("email", Unique.email("long"), "name", "n".repeat(201)))
                .expectProblem(422);

        assertThat(field(problem, "name").path("message").asString()).isEqualTo("At most 200 characters.");
        assertThat(problem.path("detail").asString()).isEqualTo("Some fields are invalid.");
    }

    @Test
    void missingRequiredFieldIsAFieldError() {
        var problem = api.as(people.admin()).post("/api/v1/users", json("name", "No Address")).expectProblem(422);

        assertThat(field(problem, "email").path("message").asString()).isEqualTo("Required.");
    }

    @Test
    void fieldErrorsSpeakPortugueseWhenAskedTo() {
        var problem = api.as(people.admin()).language("pt-BR")
                .post("/api/v1/users", json("email", Unique.email("long"), "name", "n".repeat(201)))
                .expectProblem(422);

        assertThat(problem.path("title").asString()).isEqualTo("Conteúdo não processável");
        assertThat(problem.path("detail").asString()).isEqualTo("Alguns campos são inválidos.");
        assertThat(field(problem, "name").path("message").asString()).isEqualTo("No máximo 200 caracteres.");
    }

    @Test
    void portugueseIsChosenFromAFullAcceptLanguageHeader() {
        var problem = api.as(people.customer()).header("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8")
                .get("/api/v1/users").expectProblem(403);

        assertThat(problem.path("detail").asString()).isEqualTo("Você não tem permissão para fazer isso.");
    }

    @Test
    void bodyDeclaredOverTheJsonLimitIsTooLarge() {
        String body = "{\"name\": \"" + "x".repeat(JSON_LIMIT) + "\"}";

        var problem = api.as(people.admin()).send("POST", "/api/v1/users", body, "application/json")
                .expectProblem(413);

        assertThat(problem.path("code").asString()).isEqualTo("error.body.tooLarge");
    }

    @Test
    void streamedBodyOverTheJsonLimitIsTooLarge() {
        byte[] body = ("{\"name\": \"" + "x".repeat(JSON_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

        var problem = api.as(people.admin()).send("POST", "/api/v1/users",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "application/json")
                .expectProblem(413);

        assertThat(problem.path("code").asString()).isEqualTo("error.body.tooLarge");
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        var problem = api.as(people.admin()).send("POST", "/api/v1/users", "email=a@b.test", "text/plain")
                .expectProblem(415);

        assertThat(problem.path("code").asString()).isEqualTo("error.mediaType");
    }

    @Test
    void unknownPathUnderTheApiIsNotFound() {
        api.as(people.admin()).get("/api/v1/no-such-thing").expectProblem(404);
    }

    @Test
    void unsupportedMethodIsNotAllowed() {
        var problem = api.as(people.admin()).delete("/api/v1/users/me").expectProblem(405);

        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/users/me");
    }

    @Test
    void problemsComeAsProblemJsonEvenWhenTheClientAsksForJson() {
        var response = api.as(people.customer()).header("Accept", "application/json").get("/api/v1/users");

        response.expectProblem(403);
    }

    @Test
    void nonLatinNamesAndEmojiAreKeptIntact() {
        String name = "Zoë Ðặng 张伟 Мария محمد 🎧🇧🇷";
        var created = api.as(people.admin())
                .post("/api/v1/users", json("email", Unique.email("intl"), "name", name)).expect(201);

        assertThat(created.json().path("name").asString()).isEqualTo(name);
        assertThat(api.as(people.admin()).get("/api/v1/users/" + created.id()).expect(200).json().path("name")
                .asString()).isEqualTo(name);
        assertThat(jdbc.queryForObject("select name from users where id = ?", String.class, created.id()))
                .isEqualTo(name);
    }

    @Test
    void refusedCreateLeavesNothingBehind() {
        String email = Unique.email("half");

        api.as(people.admin()).post("/api/v1/users", json("email", email, "password", "short")).expectProblem(422);

        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email)).isZero();
    }

    private static JsonNode field(JsonNode problem, String name) {
        for (JsonNode error : problem.path("errors")) {
            if (name.equals(error.path("field").asString())) {
                return error;
            }
        }
        throw new AssertionError("no error for field " + name + " in " + problem);
    }
}
