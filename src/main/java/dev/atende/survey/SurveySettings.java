package dev.atende.survey;

import java.time.Instant;

/**
 * What the admin decided about surveys: whether they are sent, the scale, at most one per
 * customer every {@code intervalDays} (0: one per solved ticket), how long an unanswered link
 * stays valid ({@code linkDays}) and how long after the first answer it may be changed
 * ({@code changeDays}; the link expires then).
 */
public record SurveySettings(boolean enabled, SurveyScale scale, int intervalDays, int linkDays, int changeDays,
        Instant updatedAt, long version) {

    public static final int MAX_INTERVAL_DAYS = 365;
    public static final int MAX_LINK_DAYS = 365;
    public static final int MAX_CHANGE_DAYS = 30;
}
