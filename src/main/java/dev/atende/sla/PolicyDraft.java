package dev.atende.sla;

import dev.atende.shared.Change;

/** A new policy or a change to one: each field absent (unchanged) or given (targets may be null). */
public record PolicyDraft(Change<String> name, Change<Integer> order, Change<Long> calendar,
        Change<PolicyConditions> conditions, Change<Integer> firstResponseMinutes, Change<Integer> nextResponseMinutes,
        Change<Integer> resolutionMinutes, Change<Boolean> pauseOnPending, Change<Boolean> pauseOnHold,
        Change<Integer> warnAtPercent, Change<Boolean> active) {
}
