package dev.atende.sla.web;

import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.sla.PolicyConditions;
import dev.atende.sla.PolicyDraft;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaTarget;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The policy form: targets in business minutes, pauses, and conditions as ticked choices. */
record PolicyForm(String name, Integer order, Long calendar, Integer firstResponseMinutes,
        Integer nextResponseMinutes, Integer resolutionMinutes, Boolean pauseOnPending, Boolean pauseOnHold,
        Integer warnAtPercent, Boolean active, List<String> priority, List<String> channel, List<String> group,
        List<String> organization, List<String> category, String customer) {

    static PolicyForm blank() {
        return new PolicyForm("", null, null, 60, 120, 1440, true, false, 80, true, List.of(), List.of(), List.of(),
                List.of(), List.of(), "");
    }

    static PolicyForm of(SlaPolicy policy) {
        Map<String, Set<String>> c = policy.conditions().values();
        return new PolicyForm(policy.name(), policy.position(), policy.calendarId(),
                policy.minutes(SlaTarget.FIRST_RESPONSE), policy.minutes(SlaTarget.NEXT_RESPONSE),
                policy.minutes(SlaTarget.RESOLUTION), policy.pausesOnPending(), policy.pausesOnHold(),
                policy.warnAtPercent(), policy.isActive(), list(c, "priority"), list(c, "channel"), list(c, "group"),
                list(c, "organization"), list(c, "category"), String.join(", ", c.getOrDefault("customer", Set.of())));
    }

    private static List<String> list(Map<String, Set<String>> conditions, String field) {
        return List.copyOf(conditions.getOrDefault(field, Set.of()));
    }

    public boolean has(String field, Object value) {
        List<String> chosen = switch (field) {
            case "priority" -> priority;
            case "channel" -> channel;
            case "group" -> group;
            case "organization" -> organization;
            default -> category;
        };
        return chosen != null && chosen.contains(String.valueOf(value));
    }

    PolicyDraft draft() {
        var problems = new InvalidInputException.Collector();
        Map<String, Set<String>> conditions = new LinkedHashMap<>();
        conditions.put("priority", set(priority));
        conditions.put("channel", set(channel));
        conditions.put("group", set(group));
        conditions.put("organization", set(organization));
        conditions.put("category", set(category));
        Set<String> customers = new LinkedHashSet<>();
        for (String id : (customer == null ? "" : customer).split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (id.matches("\\d{1,18}")) {
                customers.add(Long.toString(Long.parseLong(id)));
            } else {
                problems.add("customer", "error.field.id");
            }
        }
        conditions.put("customer", customers);
        problems.throwIfAny();
        return new PolicyDraft(Change.to(name), order == null ? Change.absent() : Change.to(order), Change.to(calendar),
                Change.to(new PolicyConditions(conditions)), Change.to(firstResponseMinutes),
                Change.to(nextResponseMinutes), Change.to(resolutionMinutes), Change.to(Boolean.TRUE.equals(pauseOnPending)),
                Change.to(Boolean.TRUE.equals(pauseOnHold)), Change.to(warnAtPercent == null ? 80 : warnAtPercent),
                Change.to(Boolean.TRUE.equals(active)));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }
}
