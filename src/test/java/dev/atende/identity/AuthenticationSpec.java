package dev.atende.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.People;
import dev.atende.support.Unique;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call the API at all: HTTP Basic, bearer tokens, and what happens without them. */
abstract class AuthenticationSpec extends ApiSpec {

    @Test
    void callWithoutCredentialsIsUnauthorizedWithAChallenge() {
        var response = api.get("/api/v1/users/me");

        var problem = response.expectProblem(401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
        assertThat(problem.path("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.path("detail").asString()).contains("Sign in");
    }

    @Test
    void unauthorizedAnswerSpeaksPortugueseWhenAskedTo() {
        var problem = api.language("pt-BR").get("/api/v1/users/me").expectProblem(401);

        assertThat(problem.path("title").asString()).isEqualTo("Não autenticado");
        assertThat(problem.path("detail").asString()).startsWith("Faça login primeiro");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        var customer = people.customer();

        api.basic(customer.email(), "not-the-password").get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void unknownAccountLooksLikeAWrongPassword() {
        var unknown = api.basic(Unique.email("nobody"), People.PASSWORD).get("/api/v1/users/me");
        var customer = people.customer();
        var wrong = api.basic(customer.email(), "not-the-password").get("/api/v1/users/me");

        assertThat(unknown.expectProblem(401)).isEqualTo(wrong.expectProblem(401));
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() {
        var customer = people.customer();

        var me = api.basic(customer.email().toUpperCase(), customer.password()).get("/api/v1/users/me").expect(200);

        assertThat(me.id()).isEqualTo(customer.id());
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPasswordWhileOthersGoOn() {
        var customer = people.customer();
        var bystander = people.customer();
        for (int i = 0; i < 5; i++) {
            api.basic(customer.email(), "wrong-" + i).get("/api/v1/users/me").expectProblem(401);
        }

        var refused = api.as(customer).get("/api/v1/users/me");

        var problem = refused.expectProblem(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(problem.path("code").asString()).isEqualTo("error.login.throttled");
        api.as(bystander).get("/api/v1/users/me").expect(200);
    }

    @Test
    void deactivatedUserCannotSignIn() {
        var customer = people.customer();
        api.as(people.admin()).patch("/api/v1/users/" + customer.id(), Map.of("active", false)).expect(200);

        api.as(customer).get("/api/v1/users/me").expectProblem(401);
    }

    @Test
    void apiIgnoresBrowserSessionsAndSetsNoCookie() {
        var response = api.as(people.customer()).get("/api/v1/users/me").expect(200);

        assertThat(response.header("Set-Cookie")).isNull();
    }
}
