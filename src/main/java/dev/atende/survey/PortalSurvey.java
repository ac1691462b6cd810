package dev.atende.survey;

import java.time.Instant;

/**
 * The survey the portal shows its customer under a solved ticket: where the form posts (the
 * survey page of the link), the scale, and the answer given so far, if any.
 */
public record PortalSurvey(String path, SurveyScale scale, Integer score, String comment, Instant expiresAt) {

    public boolean answered() {
        return score != null;
    }
}
