package dev.atende.survey;

import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.survey.internal.SettingsRow;
import dev.atende.survey.internal.SettingsRows;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The survey settings: admins read and change them; the survey module reads them for every solve. */
@Service
@Transactional
public class SurveySettingsManagement {

    private final SettingsRows rows;
    private final Clock clock;

    SurveySettingsManagement(SettingsRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveySettings get(Actor actor) {
        requireAdmin(actor);
        return current();
    }

    /** {@code expectedVersion}: the version the admin saw (null skips the check). */
    public SurveySettings update(Actor actor, Long expectedVersion, SettingsChanges changes) {
        requireAdmin(actor);
        SettingsRow row = row();
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new PreconditionFailedException("error.survey.settingsStale", row.version());
        }
        SurveySettings now = row.settings();
        var problems = new InvalidInputException.Collector();
        boolean enabled = value(changes.enabled(), now.enabled(), "enabled", problems);
        SurveyScale scale = value(changes.scale(), now.scale(), "scale", problems);
        int interval = days(changes.intervalDays(), now.intervalDays(), "intervalDays", 0,
                SurveySettings.MAX_INTERVAL_DAYS, problems);
        int link = days(changes.linkDays(), now.linkDays(), "linkDays", 1, SurveySettings.MAX_LINK_DAYS, problems);
        int change = days(changes.changeDays(), now.changeDays(), "changeDays", 0, SurveySettings.MAX_CHANGE_DAYS,
                problems);
        problems.throwIfAny();
        row.change(new SurveySettings(enabled, scale, interval, link, change, null, 0), clock.instant());
        rows.saveAndFlush(row);
        return row.settings();
    }

    /** The settings in force, for the module's own decisions (no permission involved). */
    @Transactional(readOnly = true)
    public SurveySettings current() {
        return row().settings();
    }

    private SettingsRow row() {
        return rows.findById(SettingsRow.ID).orElseThrow(() -> new IllegalStateException(
                "survey_settings has no row " + SettingsRow.ID + ": the V12 migration writes it"));
    }

    private static <T> T value(Change<T> change, T current, String field, InvalidInputException.Collector problems) {
        if (!change.present()) {
            return current;
        }
        if (change.value() == null) {
            problems.add(field, "error.field.required");
            return current;
        }
        return change.value();
    }

    private static int days(Change<Integer> change, int current, String field, int min, int max,
            InvalidInputException.Collector problems) {
        Integer value = value(change, current, field, problems);
        if (value < min || value > max) {
            problems.add(field, "error.survey.days", min, max);
            return current;
        }
        return value;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.survey.adminOnly");
        }
    }
}
