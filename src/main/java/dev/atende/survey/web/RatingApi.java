package dev.atende.survey.web;

import dev.atende.identity.Actor;
import dev.atende.survey.TicketRatings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys")
@RestController
class RatingApi {

    private final TicketRatings ratings;

    RatingApi(TicketRatings ratings) {
        this.ratings = ratings;
    }

    @Operation(summary = "A ticket's customer rating (its latest answer)",
            description = "For whoever may see the ticket; a ticket the caller may not see answers 404. "
                    + "204 when the ticket has no rating.")
    @ApiResponse(responseCode = "200", description = "the rating")
    @ApiResponse(responseCode = "204", description = "not rated")
    @ApiResponse(responseCode = "404", description = "no such ticket, or the caller may not see it")
    @GetMapping("/api/v1/tickets/{id}/rating")
    ResponseEntity<SurveyJson.RatingJson> get(Actor actor, @PathVariable long id) {
        return ratings.ofTicket(actor, id).map(SurveyJson::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
