package dev.atende.sla;

import dev.atende.shared.Change;
import java.time.ZoneId;
import java.util.List;

/** A new calendar or a change to one: each field absent (unchanged) or given. */
public record CalendarDraft(Change<String> name, Change<ZoneId> timeZone, Change<BusinessHours> hours,
        Change<List<Holiday>> holidays) {
}
