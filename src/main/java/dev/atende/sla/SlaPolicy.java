package dev.atende.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * What is promised to which tickets: the first policy (by {@code position}) whose conditions
 * match a ticket sets its targets, in business minutes of the policy's calendar.
 */
@Entity
@Table(name = "sla_policies")
public class SlaPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int position;

    @Column(name = "calendar_id")
    private long calendarId;

    private String conditions;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "next_response_minutes")
    private Integer nextResponseMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "pause_on_pending")
    private boolean pauseOnPending;

    @Column(name = "pause_on_hold")
    private boolean pauseOnHold;

    @Column(name = "warn_at_percent")
    private int warnAtPercent;

    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Transient
    private PolicyConditions parsed;

    protected SlaPolicy() {
    }

    SlaPolicy(String name, int position, long calendarId, Instant now) {
        this.name = name;
        this.position = position;
        this.calendarId = calendarId;
        this.conditions = "";
        this.pauseOnPending = true;
        this.warnAtPercent = 80;
        this.active = true;
        this.createdAt = now;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void useCalendar(long calendarId) {
        this.calendarId = calendarId;
    }

    void cover(PolicyConditions conditions) {
        this.conditions = conditions.text();
        this.parsed = conditions;
    }

    void promise(SlaTarget target, Integer minutes) {
        switch (target) {
            case FIRST_RESPONSE -> firstResponseMinutes = minutes;
            case NEXT_RESPONSE -> nextResponseMinutes = minutes;
            case RESOLUTION -> resolutionMinutes = minutes;
        }
    }

    void pauseOnPending(boolean pause) {
        this.pauseOnPending = pause;
    }

    void pauseOnHold(boolean pause) {
        this.pauseOnHold = pause;
    }

    void warnAt(int percent) {
        this.warnAtPercent = percent;
    }

    void activate(boolean active) {
        this.active = active;
    }

    /** The promised business time for a target; null when this policy promises nothing for it. */
    public Duration target(SlaTarget target) {
        Integer minutes = minutes(target);
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    public Integer minutes(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case NEXT_RESPONSE -> nextResponseMinutes;
            case RESOLUTION -> resolutionMinutes;
        };
    }

    /** When to warn: the warning share of the target (80 % by default). */
    public Duration warning(SlaTarget target) {
        Duration full = target(target);
        return full == null ? null : Duration.ofSeconds(full.toSeconds() * warnAtPercent / 100);
    }

    public PolicyConditions conditions() {
        if (parsed == null) {
            parsed = PolicyConditions.parse(conditions);
        }
        return parsed;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public long calendarId() {
        return calendarId;
    }

    public boolean pausesOnPending() {
        return pauseOnPending;
    }

    public boolean pausesOnHold() {
        return pauseOnHold;
    }

    public int warnAtPercent() {
        return warnAtPercent;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
