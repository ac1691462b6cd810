package dev.atende.identity;

import static dev.atende.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Personal access tokens: shown once, stored hashed, usable as Bearer until revoked or expired. */
abstract class TokenApiSpec extends ApiSpec {

    @Test
    void createdTokenSignsInAsItsOwner() {
        var agent = people.agent();

        var response = api.as(agent).post("/api/v1/tokens", json("name", "CI script", "expiresAt", null)).expect(201);

        String token = response.json().path("token").asString();
        assertThat(token).startsWith("atd_").hasSizeGreaterThan(40);
        assertThat(response.header("Location")).endsWith("/api/v1/tokens/" + response.id());
        assertThat(api.bearer(token).get("/api/v1/users/me").expect(200).id()).isEqualTo(agent.id());
    }

    @Test
    void tokenIsShownOnlyOnceAndListedWithoutIt() {
        var customer = people.customer();
        var created = api.as(customer).post("/api/v1/tokens", json("name", "phone")).expect(201);
        api.bearer(created.json().path("token").asString()).get("/api/v1/users/me").expect(200);

        JsonNode listed = api.as(customer).get("/api/v1/tokens").expect(200).json();

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("name").asString()).isEqualTo("phone");
        assertThat(listed.get(0).path("token").isNull()).isTrue();
        assertThat(listed.get(0).path("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void tokenIsStoredOnlyAsItsHash() {
        var created = api.as(people.customer()).post("/api/v1/tokens", json("name", "stored")).expect(201);
        String token = created.json().path("token").asString();

        String stored = jdbc.queryForObject("select token_hash from api_tokens where id = ?", String.class,
                created.id());

        assertThat(stored).isNotEqualTo(token).doesNotContain(token.substring(4)).isEqualTo(sha256(token));
    }

    @Test
    void revokedTokenNoLongerWorks() {
        var customer = people.customer();
        var created = api.as(customer).post("/api/v1/tokens", json("name", "revoke me")).expect(201);
        String token = created.json().path("token").asString();

        api.bearer(token).delete("/api/v1/tokens/" + created.id()).expect(204);

        api.bearer(token).get("/api/v1/users/me").expectProblem(401);
        assertThat(api.as(customer).get("/api/v1/tokens").expect(200).json()).isEmpty();
    }

    @Test
    void expiredTokenIsUnauthorized() {
        var created = api.as(people.customer()).post("/api/v1/tokens",
                json("name", "short-lived", "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).expect(201);
        String token = created.json().path("token").asString();
        api.bearer(token).get("/api/v1/users/me").expect(200);

        jdbc.update("update api_tokens set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), created.id());

        api.bearer(token).get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void invalidTokenIsUnauthorizedWithAChallenge() {
        var response = api.bearer("atd_not-a-real-token").get("/api/v1/users/me");

        response.expectProblem(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
        api.bearer("something else entirely").get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void tokenOfADeactivatedUserIsUnauthorized() {
        var customer = people.customer();
        String token = api.as(customer).post("/api/v1/tokens", json("name", "leaver")).expect(201).json()
                .path("token").asString();

        api.as(people.admin()).patch("/api/v1/users/" + customer.id(), json("active", false)).expect(200);

        api.bearer(token).get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void expiryInThePastAndMissingNameAreRefused() {
        var problem = api.as(people.customer()).post("/api/v1/tokens",
                json("expiresAt", "2020-01-01T00:00:00Z")).expectProblem(422);

        assertThat(problem.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "expiresAt");
        api.as(people.customer()).post("/api/v1/tokens", json("name", "x", "expiresAt", "tomorrow"))
                .expectProblem(422);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        var owner = people.customer();
        long id = api.as(owner).post("/api/v1/tokens", json("name", "mine")).expect(201).id();

        api.as(people.customer()).delete("/api/v1/tokens/" + id).expectProblem(404);
        api.as(people.admin()).delete("/api/v1/tokens/" + id).expectProblem(404);
        assertThat(api.as(owner).get("/api/v1/tokens").expect(200).json()).hasSize(1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
