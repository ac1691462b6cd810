package dev.atende.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server of the test flavours starts as an operator would see it. */
abstract class ServerSmokeSpec extends ApiSpec {

    @Test
    void healthIsUpWithoutSigningIn() {
        assertThat(api.get("/actuator/health").expect(200).json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void bootstrappedAdminSignsInWithTheConfiguredPassword() {
        var me = api.basic(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).get("/api/v1/users/me").expect(200);

        assertThat(me.json().path("email").asString()).isEqualTo(TestServer.ADMIN_EMAIL);
        assertThat(me.json().path("role").asString()).isEqualTo("admin");
    }

    @Test
    void createdUsersSignInWithTheirPassword() {
        var customer = people.customer();

        var me = api.as(customer).get("/api/v1/users/me").expect(200);

        assertThat(me.id()).isEqualTo(customer.id());
        assertThat(customer.email()).endsWith("@people.atende.test");
    }

    @Test
    void apiDescriptionIsPublished() {
        var description = api.get("/v3/api-docs").expect(200).json();

        assertThat(description.path("paths").has("/api/v1/users")).isTrue();
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        assertThat(api.get("/actuator/prometheus").expect(200).body()).contains("jvm_memory_used_bytes");
    }
}
