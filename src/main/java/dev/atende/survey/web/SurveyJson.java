package dev.atende.survey.web;

import dev.atende.survey.Rating;
import dev.atende.survey.SurveySettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Ratings and survey settings as the API shows them. */
final class SurveyJson {

    private SurveyJson() {
    }

    @Schema(name = "TicketRating", description = "the ticket's latest rating")
    record RatingJson(
            @Schema(description = "1-5 on the stars scale; the good/bad scale gives 5 (good) or 1 (bad)", example = "4")
            int score,
            @Schema(description = "stars: 4 or 5; good/bad: the answer") boolean good,
            @Schema(description = "the customer's comment, plain text (escape it wherever you show it)")
            String comment,
            @Schema(description = "when the latest answer was given (UTC)") Instant ratedAt,
            @Schema(description = "stars or good_bad", example = "stars") String scale,
            @Schema(description = "how many times the customer changed the answer") int updates) {
    }

    @Schema(name = "SurveySettings")
    record SettingsJson(
            @Schema(description = "whether solved tickets' customers are asked to rate them") Boolean enabled,
            @Schema(description = "stars (1-5) or good_bad", example = "stars") String scale,
            @Schema(description = "at most one survey per customer in this many days (0-365; 0: one per solved "
                    + "ticket)", example = "30") Integer intervalDays,
            @Schema(description = "days an unanswered survey link stays valid (1-365)", example = "30") Integer linkDays,
            @Schema(description = "days after the first answer during which it may be changed (0-30); the link "
                    + "expires then", example = "7") Integer changeDays,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant updatedAt,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "also the ETag") Long version) {
    }

    static RatingJson of(Rating r) {
        return new RatingJson(r.score(), r.good(), r.comment(), r.ratedAt(), r.scale().code(), r.updates());
    }

    static SettingsJson of(SurveySettings s) {
        return new SettingsJson(s.enabled(), s.scale().code(), s.intervalDays(), s.linkDays(), s.changeDays(),
                s.updatedAt(), s.version());
    }
}
