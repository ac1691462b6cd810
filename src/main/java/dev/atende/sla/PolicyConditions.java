package dev.atende.sla;

import dev.atende.ticket.Ticket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tickets a policy covers: for every field it names, the ticket's value must be one of the
 * listed ones (priority and channel by code; organization, customer, category, group by id). No
 * field named: every ticket.
 */
public record PolicyConditions(Map<String, Set<String>> values) {

    public static final List<String> FIELDS = List.of("priority", "organization", "customer", "category", "group",
            "channel");

    public PolicyConditions {
        var copy = new LinkedHashMap<String, Set<String>>();
        for (String field : FIELDS) {
            Set<String> listed = values.get(field);
            if (listed != null && !listed.isEmpty()) {
                copy.put(field, Collections.unmodifiableSet(new LinkedHashSet<>(listed)));
            }
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** What the column holds. */
    static final int MAX_TEXT = 4000;

    /** Every value a known code (priority, channel) or a positive id, so the stored text reads back. */
    public boolean isWellFormed() {
        for (var condition : values.entrySet()) {
            for (String value : condition.getValue()) {
                boolean ok = switch (condition.getKey()) {
                    case "priority" -> dev.atende.ticket.Priority.fromCode(value) != null;
                    case "channel" -> dev.atende.ticket.Channel.fromCode(value) != null;
                    default -> value.matches("[1-9]\\d{0,17}");
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    public static PolicyConditions none() {
        return new PolicyConditions(Map.of());
    }

    public boolean matches(Ticket ticket) {
        for (var condition : values.entrySet()) {
            if (!condition.getValue().contains(valueOf(ticket, condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String valueOf(Ticket ticket, String field) {
        Object value = switch (field) {
            case "priority" -> ticket.priority().code();
            case "organization" -> ticket.organizationId();
            case "customer" -> ticket.customerId();
            case "category" -> ticket.categoryId();
            case "group" -> ticket.groupId();
            default -> ticket.channel().code();
        };
        return value == null ? "" : value.toString();
    }

    /** {@code priority=urgent,high;organization=3} */
    String text() {
        List<String> parts = new ArrayList<>();
        values.forEach((field, listed) -> parts.add(field + "=" + String.join(",", listed)));
        return String.join(";", parts);
    }

    static PolicyConditions parse(String text) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=", 2);
                values.put(kv[0], new LinkedHashSet<>(List.of(kv[1].split(","))));
            }
        }
        return new PolicyConditions(values);
    }
}
