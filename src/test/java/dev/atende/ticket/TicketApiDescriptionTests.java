package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.H2ServerTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI description tells integrators every ticket call and what its body holds. */
@H2ServerTest
class TicketApiDescriptionTests extends TicketSpec {

    @Test
    void describesEveryTicketCallWithItsRequestBodies() {
        var description = api.get("/v3/api-docs").expect(200).json();

        var paths = description.path("paths");
        assertThat(paths.has("/api/v1/tickets")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}").has("patch")).isTrue();
        assertThat(paths.has("/api/v1/tickets/{id}/history")).isTrue();
        assertThat(paths.has("/api/v1/tickets/{ticketId}/articles")).isTrue();
        assertThat(paths.has("/api/v1/attachments/{id}")).isTrue();
        var schemas = description.path("components").path("schemas");
        assertThat(schemas.path("NewTicket").path("properties").has("subject")).isTrue();
        assertThat(schemas.path("TicketPatch").path("properties").path("status").path("enum").toString())
                .contains("on_hold");
        assertThat(schemas.path("NewArticle").path("properties").has("visibility")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/links").has("get")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/links").has("post")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/links/{linkId}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/tickets/{id}/merge").has("post")).isTrue();
        assertThat(schemas.path("NewTicketLink").path("properties").path("type").path("enum").toString())
                .contains("duplicate_of", "parent_of");
        assertThat(schemas.path("TicketMerge").path("properties").has("into")).isTrue();
        assertThat(schemas.path("TicketView").path("properties").has("mergedInto")).isTrue();
    }
}
