package dev.atende.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.H2ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description lists every routing call with its request body. */
@H2ServerTest
class RoutingApiDescriptionTests extends RoutingSpecBase {

    @Test
    void describesEveryRoutingCallWithItsRequestBodies() {
        JsonNode docs = api.get("/v3/api-docs").expect(200).json();
        JsonNode paths = docs.path("paths");
        assertThat(paths.path("/api/v1/categories").has("post")).isTrue();
        assertThat(paths.path("/api/v1/categories/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/categories/{id}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/skills").has("post")).isTrue();
        assertThat(paths.path("/api/v1/users/{id}/skills").has("put")).isTrue();
        assertThat(paths.path("/api/v1/users/{id}/availability").has("put")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/escalate").has("post")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/deescalate").has("post")).isTrue();
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("CategoryBody").path("properties").has("requiredSkills")).isTrue();
        assertThat(schemas.path("EscalationBody").path("properties").has("reason")).isTrue();
        assertThat(schemas.path("AvailabilityBody").path("properties").path("status").path("enum").toString())
                .contains("online", "away", "offline");
        assertThat(schemas.path("AgentSkillLevel").path("properties").has("level")).isTrue();
    }
}
