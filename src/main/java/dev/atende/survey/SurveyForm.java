package dev.atende.survey;

import java.time.Instant;
import java.util.Locale;

/**
 * What the holder of a survey link is shown: only the ticket's number and subject, the scale,
 * and their own current answer if they gave one. {@code state}: the link works, is unknown (or
 * forged), or expired. {@code locale}: the customer's language when they chose one, else null.
 */
public record SurveyForm(State state, String ticketNumber, String subject, SurveyScale scale, Integer score,
        String comment, Instant expiresAt, Locale locale) {

    public enum State {
        OPEN, UNKNOWN, EXPIRED
    }

    static SurveyForm unknown() {
        return new SurveyForm(State.UNKNOWN, null, null, null, null, null, null, null);
    }

    static SurveyForm expired(Locale locale) {
        return new SurveyForm(State.EXPIRED, null, null, null, null, null, null, locale);
    }

    public boolean answered() {
        return score != null;
    }
}
