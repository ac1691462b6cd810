package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.H2ServerTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI description tells integrators every automation call and what its body holds. */
@H2ServerTest
class AutomationApiDescriptionTests extends AutomationSpec {

    @Test
    void describesEveryAutomationCallWithItsRequestBodies() {
        var description = api.get("/v3/api-docs").expect(200).json();

        var paths = description.path("paths");
        assertThat(paths.path("/api/v1/triggers").has("post")).isTrue();
        assertThat(paths.path("/api/v1/triggers/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/triggers/{id}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/triggers/{id}/runs")).isTrue();
        assertThat(paths.path("/api/v1/schedules").has("post")).isTrue();
        assertThat(paths.path("/api/v1/macros/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/macros/{macroId}").has("post")).isTrue();
        assertThat(paths.path("/api/v1/canned-responses").path("get").path("parameters").toString())
                .contains("\"q\"", "\"locale\"");
        assertThat(paths.has("/api/v1/tickets/{ticketId}/canned-responses/{id}")).isTrue();
        var schemas = description.path("components").path("schemas");
        assertThat(schemas.path("TriggerBody").path("properties").path("event").path("enum").toString())
                .contains("article.added", "sla.breached");
        assertThat(schemas.path("TriggerBody").path("description").asString()).contains("matches", "{{ticket.number}}");
        assertThat(schemas.path("ScheduledRuleBody").path("properties").has("conditions")).isTrue();
        assertThat(schemas.path("MacroBody").path("properties").has("actions")).isTrue();
        assertThat(schemas.path("CannedResponseBody").path("properties").has("locale")).isTrue();
        assertThat(schemas.path("RuleRun").path("properties").path("outcome").path("enum").toString())
                .contains("stopped");
    }
}
