package dev.atende.reporting;

import dev.atende.shared.Change;
import java.util.List;

/** A new or changed schedule as submitted; absent fields keep their value on a change. */
public record ScheduleDraft(Change<String> name, Change<String> frequency, Change<Long> group, Change<String> timeZone,
        Change<List<Long>> recipients, Change<Boolean> active) {
}
