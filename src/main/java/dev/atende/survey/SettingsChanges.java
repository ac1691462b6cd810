package dev.atende.survey;

import dev.atende.shared.Change;

/** A partial change of the survey settings; absent fields stay as they are. */
public record SettingsChanges(Change<Boolean> enabled, Change<SurveyScale> scale, Change<Integer> intervalDays,
        Change<Integer> linkDays, Change<Integer> changeDays) {
}
