package dev.atende.knowledge;

import dev.atende.shared.Change;
import java.util.Map;

/** A category as a writer sends it; absent fields keep their value. {@code names}: language tag to name. */
public record CategoryDraft(Change<String> name, Change<Long> parent, Change<Integer> position,
        Change<Map<String, String>> names) {
}
