package dev.atende.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** A named business calendar as stored: its zone, weekly hours and holidays. */
@Entity
@Table(name = "sla_calendars")
public class SlaCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "time_zone")
    private String timeZone;

    private String hours;

    @Column(columnDefinition = "text")
    private String holidays;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Transient
    private BusinessCalendar parsed;

    protected SlaCalendar() {
    }

    SlaCalendar(String name, BusinessCalendar calendar, Instant now) {
        this.createdAt = now;
        change(name, calendar);
    }

    void change(String name, BusinessCalendar calendar) {
        this.name = name;
        this.timeZone = calendar.zone().getId();
        this.hours = CalendarText.hours(calendar.hours());
        this.holidays = CalendarText.holidays(calendar.holidays());
        this.parsed = calendar;
    }

    public BusinessCalendar calendar() {
        if (parsed == null) {
            parsed = new BusinessCalendar(ZoneId.of(timeZone), CalendarText.hours(hours), CalendarText.holidays(holidays));
        }
        return parsed;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
