package dev.atende.sla;

import java.util.List;

/** Calendars or targets changed: the open tickets under these policies get new due times. */
public record SlaSettingsChanged(List<Long> policyIds) {

    public SlaSettingsChanged {
        policyIds = List.copyOf(policyIds);
    }
}
