package dev.atende.sla.web;

import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import dev.atende.sla.BusinessHours;
import dev.atende.sla.BusinessInterval;
import dev.atende.sla.CalendarDraft;
import dev.atende.sla.Holiday;
import dev.atende.sla.PolicyConditions;
import dev.atende.sla.PolicyDraft;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads calendar and policy bodies field by field, reporting every bad field in one 422. */
final class SlaRequests {

    static final int MAX_HOLIDAYS = 500;
    static final int MAX_INTERVALS_PER_DAY = 12;
    static final int MAX_CONDITION_VALUES = 200;

    private SlaRequests() {
    }

    static CalendarDraft calendar(JsonNode body) {
        var problems = new InvalidInputException.Collector();
        var in = new PatchReader(body);
        Change<String> name = in.string("name", 100, false);
        Change<String> zoneText = in.string("timeZone", 64, false);
        in.accept("hours", "holidays");
        Change<ZoneId> zone = Change.absent();
        if (zoneText.present() && zoneText.value() != null) {
            try {
                zone = Change.to(ZoneId.of(zoneText.value()));
            } catch (DateTimeException e) {
                problems.add("timeZone", "error.sla.timeZone", zoneText.value());
            }
        }
        Change<BusinessHours> hours = body.has("hours") ? Change.to(hours(body.get("hours"), problems)) : Change.absent();
        Change<List<Holiday>> holidays = body.has("holidays") ? Change.to(holidays(body.get("holidays"), problems))
                : Change.absent();
        finish(in, problems);
        return new CalendarDraft(name, zone, hours, holidays);
    }

    private static BusinessHours hours(JsonNode node, InvalidInputException.Collector problems) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add("hours", "error.sla.hours");
            return null;
        }
        Map<DayOfWeek, List<BusinessInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (String dayName : node.propertyNames()) {
            String field = "hours." + dayName;
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(dayName);
            } catch (IllegalArgumentException e) {
                problems.add(field, "error.sla.weekday");
                continue;
            }
            JsonNode intervals = node.get(dayName);
            if (!intervals.isArray() || intervals.size() > MAX_INTERVALS_PER_DAY) {
                problems.add(field, "error.sla.intervals", MAX_INTERVALS_PER_DAY);
                continue;
            }
            List<BusinessInterval> list = new ArrayList<>();
            for (JsonNode interval : intervals) {
                if (!interval.isArray() || interval.size() != 2 || !interval.get(0).isString()
                        || !interval.get(1).isString()) {
                    problems.add(field, "error.sla.interval");
                    continue;
                }
                try {
                    list.add(BusinessInterval.parse(interval.get(0).asString(), interval.get(1).asString()));
                } catch (IllegalArgumentException e) {
                    problems.add(field, "error.sla.interval");
                }
            }
            days.put(day, list);
        }
        try {
            BusinessHours hours = new BusinessHours(days);
            if (hours.isEmpty()) {
                problems.add("hours", "error.sla.noHours");
            }
            return hours;
        } catch (IllegalArgumentException e) {
            problems.add("hours", "error.sla.overlap");
            return null;
        }
    }

    /** {@code [{"date": "2026-12-24", "name"}, {"date": "12-25", "recurring": true, ...}, {"daysFromEaster": -47, ...}]} */
    private static List<Holiday> holidays(JsonNode node, InvalidInputException.Collector problems) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_HOLIDAYS) {
            problems.add("holidays", "error.sla.holidays", MAX_HOLIDAYS);
            return List.of();
        }
        List<Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String prefix = "holidays[" + i + "]";
            PatchReader in;
            try {
                in = new PatchReader(node.get(i), prefix);
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
                continue;
            }
            Change<String> name = in.string("name", 100, false);
            Change<String> date = in.string("date", 10, true);
            Change<Boolean> recurring = in.bool("recurring");
            in.accept("daysFromEaster");
            JsonNode easter = node.get(i).get("daysFromEaster");
            try {
                in.done();
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
                continue;
            }
            if (name.value() == null) {
                problems.add(prefix + ".name", "error.field.required");
                continue;
            }
            try {
                if (easter != null && !easter.isNull()) {
                    if (!easter.isIntegralNumber() || Math.abs(easter.asLong()) > 366 || date.value() != null) {
                        problems.add(prefix + ".daysFromEaster", "error.sla.easter");
                        continue;
                    }
                    holidays.add(Holiday.fromEaster(name.value(), easter.asInt()));
                } else if (Boolean.TRUE.equals(recurring.value())) {
                    String day = date.value() == null ? "" : date.value();
                    holidays.add(Holiday.yearly(name.value(),
                            MonthDay.parse("--" + (day.length() == 10 ? day.substring(5) : day))));
                } else {
                    holidays.add(Holiday.once(name.value(), LocalDate.parse(date.value() == null ? "" : date.value())));
                }
            } catch (DateTimeException e) {
                problems.add(prefix + ".date", "error.sla.date");
            }
        }
        return holidays;
    }

    static PolicyDraft policy(JsonNode body) {
        var problems = new InvalidInputException.Collector();
        var in = new PatchReader(body);
        Change<String> name = in.string("name", 100, false);
        Change<Integer> order = integer(in, body, "order", problems);
        Change<Long> calendar = in.id("calendar");
        in.accept("conditions");
        Change<PolicyConditions> conditions = body.has("conditions")
                ? Change.to(conditions(body.get("conditions"), problems)) : Change.absent();
        Change<Integer> first = integer(in, body, "firstResponseMinutes", problems);
        Change<Integer> next = integer(in, body, "nextResponseMinutes", problems);
        Change<Integer> resolution = integer(in, body, "resolutionMinutes", problems);
        Change<Boolean> pauseOnPending = in.bool("pauseOnPending");
        Change<Boolean> pauseOnHold = in.bool("pauseOnHold");
        Change<Integer> warn = integer(in, body, "warnAtPercent", problems);
        Change<Boolean> active = in.bool("active");
        finish(in, problems);
        return new PolicyDraft(name, order, calendar, conditions, first, next, resolution, pauseOnPending, pauseOnHold,
                warn, active);
    }

    /** {@code {"priority": ["urgent"], "organization": [3], ...}} */
    private static PolicyConditions conditions(JsonNode node, InvalidInputException.Collector problems) {
        if (node.isNull()) {
            return PolicyConditions.none();
        }
        if (!node.isObject()) {
            problems.add("conditions", "error.json.objectExpected");
            return null;
        }
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String field : node.propertyNames()) {
            String path = "conditions." + field;
            if (!PolicyConditions.FIELDS.contains(field)) {
                problems.add(path, "error.field.unknown");
                continue;
            }
            JsonNode list = node.get(field);
            if (!list.isArray() || list.size() > MAX_CONDITION_VALUES) {
                problems.add(path, "error.field.array");
                continue;
            }
            Set<String> listed = new LinkedHashSet<>();
            for (JsonNode item : list) {
                String value = value(field, item);
                if (value == null) {
                    problems.add(path, "error.field.unknownValue", clip(item.toString()));
                } else {
                    listed.add(value);
                }
            }
            values.put(field, listed);
        }
        return new PolicyConditions(values);
    }

    private static String value(String field, JsonNode item) {
        switch (field) {
            case "priority":
                return item.isString() && Priority.fromCode(item.asString()) != null ? item.asString() : null;
            case "channel":
                return item.isString() && Channel.fromCode(item.asString()) != null ? item.asString() : null;
            default:
                JsonNode id = item.isObject() && item.has("id") ? item.get("id") : item;
                return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? Long.toString(id.asLong())
                        : null;
        }
    }

    /** A whole number, or null (for targets: no promise). */
    private static Change<Integer> integer(PatchReader in, JsonNode body, String field,
            InvalidInputException.Collector problems) {
        in.accept(field);
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(null);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(field, "error.sla.integer");
            return Change.absent();
        }
        return Change.to(node.asInt());
    }

    private static void finish(PatchReader in, InvalidInputException.Collector problems) {
        try {
            in.done();
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
        }
        problems.throwIfAny();
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
