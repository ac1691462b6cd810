package dev.atende.automation.internal;

import dev.atende.automation.Condition;
import dev.atende.automation.Conditions;
import dev.atende.automation.TicketAction;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Rule definitions as JSON: written in the API's shape (and stored so), read back as trees. */
public final class RuleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJson() {
    }

    public static ObjectNode write(Conditions conditions) {
        ObjectNode node = NODES.objectNode();
        ArrayNode all = node.putArray("all");
        conditions.all().forEach(c -> all.add(write(c)));
        ArrayNode any = node.putArray("any");
        conditions.any().forEach(c -> any.add(write(c)));
        return node;
    }

    private static ObjectNode write(Condition c) {
        ObjectNode node = NODES.objectNode();
        node.put("field", c.field());
        node.put("op", c.op());
        if (!"changed".equals(c.op())) {
            node.set("value", JSON.valueToTree(c.value()));
        }
        return node;
    }

    public static ArrayNode write(List<TicketAction> actions) {
        ArrayNode list = NODES.arrayNode();
        for (TicketAction action : actions) {
            ObjectNode node = list.addObject();
            if (action instanceof TicketAction.SetField s) {
                node.put("type", "set");
                node.put("field", s.field());
                boolean id = !s.field().equals("status") && !s.field().equals("priority");
                if (s.value() == null) {
                    node.putNull("value");
                } else if (id) {
                    node.put("value", Long.parseLong(s.value()));
                } else {
                    node.put("value", s.value());
                }
            } else if (action instanceof TicketAction.AddTags t) {
                node.put("type", "add_tags");
                t.tags().forEach(node.putArray("value")::add);
            } else if (action instanceof TicketAction.RemoveTags t) {
                node.put("type", "remove_tags");
                t.tags().forEach(node.putArray("value")::add);
            } else if (action instanceof TicketAction.AddNote n) {
                node.put("type", "note");
                node.put("body", n.body());
            } else if (action instanceof TicketAction.Reply r) {
                node.put("type", "reply");
                node.put("body", r.body());
            } else if (action instanceof TicketAction.Notify n) {
                node.put("type", "notify");
                node.put("to", n.to());
                node.put("subject", n.subject());
                node.put("body", n.body());
            } else if (action instanceof TicketAction.Escalate e) {
                node.put("type", "escalate");
                node.put("reason", e.reason());
            }
        }
        return list;
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Stored JSON laid out for people to edit. */
    public static String pretty(String json) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(parse(json));
    }

    public static String text(JsonNode node) {
        return JSON.writeValueAsString(node);
    }
}
