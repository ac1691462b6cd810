package dev.atende.survey.internal;

import dev.atende.survey.SurveyScale;
import dev.atende.survey.SurveySettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of survey settings (id 1, written by the migration). */
@Entity
@Table(name = "survey_settings")
public class SettingsRow {

    public static final int ID = 1;

    @Id
    private Integer id;

    private boolean enabled;
    private String scale;

    @Column(name = "interval_days")
    private int intervalDays;

    @Column(name = "link_days")
    private int linkDays;

    @Column(name = "change_days")
    private int changeDays;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SettingsRow() {
    }

    public SurveySettings settings() {
        SurveyScale parsed = SurveyScale.fromCode(scale);
        return new SurveySettings(enabled, parsed == null ? SurveyScale.STARS : parsed, intervalDays, linkDays,
                changeDays, updatedAt, version);
    }

    public void change(SurveySettings target, Instant now) {
        enabled = target.enabled();
        scale = target.scale().code();
        intervalDays = target.intervalDays();
        linkDays = target.linkDays();
        changeDays = target.changeDays();
        updatedAt = now;
    }

    public long version() {
        return version;
    }
}
