package dev.atende.sla.web;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.Holiday;
import dev.atende.sla.SlaCalendar;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaTarget;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calendars and policies as the API shows and takes them. */
final class SlaJson {

    private SlaJson() {
    }

    @Schema(name = "Calendar")
    record CalendarJson(Long id, String name,
            @Schema(description = "IANA time zone, e.g. America/Sao_Paulo", example = "America/Sao_Paulo") String timeZone,
            @Schema(description = "per weekday (MONDAY..SUNDAY), intervals [start, end) as HH:mm; \"24:00\" ends "
                    + "a day, so [[\"00:00\",\"24:00\"]] on all seven days is 24/7; a missing day is closed",
                    example = "{\"MONDAY\": [[\"08:00\",\"12:00\"],[\"13:00\",\"18:00\"]]}")
            Map<String, List<List<String>>> hours,
            List<HolidayJson> holidays, Instant createdAt, Long version) {
    }

    @Schema(name = "Holiday", description = "one date (date, e.g. 2026-12-24), every year (date as MM-DD or any "
            + "year's date, recurring true), or a distance from Easter Sunday (daysFromEaster: Carnaval -48 and -47, "
            + "Good Friday -2, Corpus Christi 60)")
    record HolidayJson(String name, String date, Boolean recurring, Integer daysFromEaster) {
    }

    @Schema(name = "SlaPolicy")
    record PolicyJson(Long id, String name, @Schema(description = "policies are matched in this order") Integer order,
            @Schema(description = "calendar id") Long calendar,
            @Schema(description = "for each field named, the ticket's value must be one of those listed: priority "
                    + "and channel by code, organization, customer, category and group by id; {} covers every ticket",
                    example = "{\"priority\": [\"urgent\", \"high\"], \"organization\": [3]}")
            Map<String, Set<String>> conditions,
            @Schema(description = "business minutes of the calendar; null: no promise") Integer firstResponseMinutes,
            @Schema(description = "business minutes to answer each later customer message") Integer nextResponseMinutes,
            Integer resolutionMinutes,
            @Schema(description = "the clock stops while the ticket is pending (waiting on the customer)")
            Boolean pauseOnPending,
            @Schema(description = "the clock stops while the ticket is on hold") Boolean pauseOnHold,
            @Schema(description = "warn when this share of a target is used up (1-99, default 80)")
            Integer warnAtPercent, Boolean active, Instant createdAt, Long version) {
    }

    static CalendarJson of(SlaCalendar stored) {
        BusinessCalendar calendar = stored.calendar();
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            var intervals = calendar.hours().on(day);
            if (!intervals.isEmpty()) {
                hours.put(day.name(), intervals.stream().map(i -> List.of(i.start(), i.end())).toList());
            }
        }
        return new CalendarJson(stored.id(), stored.name(), calendar.zone().getId(), hours,
                calendar.holidays().stream().map(SlaJson::holiday).toList(), stored.createdAt(), stored.version());
    }

    static HolidayJson holiday(Holiday holiday) {
        return switch (holiday.kind()) {
            case ONCE -> new HolidayJson(holiday.name(), holiday.date().toString(), false, null);
            case YEARLY -> new HolidayJson(holiday.name(), String.format("%02d-%02d", holiday.yearly().getMonthValue(),
                    holiday.yearly().getDayOfMonth()), true, null);
            case EASTER -> new HolidayJson(holiday.name(), null, null, holiday.daysFromEaster());
        };
    }

    static PolicyJson of(SlaPolicy policy) {
        return new PolicyJson(policy.id(), policy.name(), policy.position(), policy.calendarId(),
                policy.conditions().values(), policy.minutes(SlaTarget.FIRST_RESPONSE),
                policy.minutes(SlaTarget.NEXT_RESPONSE), policy.minutes(SlaTarget.RESOLUTION), policy.pausesOnPending(),
                policy.pausesOnHold(), policy.warnAtPercent(), policy.isActive(), policy.createdAt(), policy.version());
    }
}
