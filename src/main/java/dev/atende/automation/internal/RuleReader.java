package dev.atende.automation.internal;

import dev.atende.automation.Condition;
import dev.atende.automation.Conditions;
import dev.atende.automation.Placeholders;
import dev.atende.automation.RuleEvent;
import dev.atende.automation.TicketAction;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Texts;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads rule definitions (conditions and actions) from JSON, reporting every problem with its
 * path ({@code conditions.all[0].op}, {@code actions[2].value}); {@link RuleJson} writes them
 * back. What may
 * be said depends on where: "changed" tests only on ticket.updated triggers, article fields only
 * where there is an article, time fields not on macros.
 */
public final class RuleReader {

    public static final int MAX_CONDITIONS = 50;
    public static final int MAX_ACTIONS = 30;
    public static final int MAX_TEXT_VALUE = 500;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 64;
    static final long MAX_MINUTES = 10L * 366 * 24 * 60;
    static final Set<String> SET_FIELDS = Set.of("status", "priority", "group", "assignee", "category");
    static final Set<String> NOTIFY_TO = Set.of("customer", "assignee", "group");

    /** What a value reader answers for a value it refused (null is a valid value: "none"). */
    private static final Object INVALID = new Object();

    /** Where a definition is used: a trigger on an event, a scheduled rule, or a macro. */
    public record Scope(RuleEvent event, boolean scheduled, boolean anyEvent) {

        public static final Scope SCHEDULE = new Scope(null, true, false);
        public static final Scope MACRO = new Scope(null, false, false);
        /** A trigger whose event is missing or unknown: its conditions are checked as far as they can be. */
        public static final Scope UNKNOWN_EVENT = new Scope(null, false, true);

        public static Scope trigger(RuleEvent event) {
            return new Scope(event, false, false);
        }

        boolean hasArticle() {
            return anyEvent || event == RuleEvent.TICKET_CREATED || event == RuleEvent.ARTICLE_ADDED;
        }

        boolean hasChanges() {
            return anyEvent || event == RuleEvent.TICKET_UPDATED;
        }

        boolean hasRating() {
            return anyEvent || event == RuleEvent.TICKET_RATED;
        }
    }

    private final Scope scope;
    private final RuleReferences references;
    private final InvalidInputException.Collector problems;

    /** {@code references} null: ids are not checked (reading back what was checked when saved). */
    public RuleReader(Scope scope, RuleReferences references, InvalidInputException.Collector problems) {
        this.scope = scope;
        this.references = references;
        this.problems = problems;
    }

    // ---- conditions

    public Conditions conditions(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Conditions.ALWAYS;
        }
        if (!node.isObject()) {
            problems.add(path, "error.json.objectExpected");
            return Conditions.ALWAYS;
        }
        node.propertyNames().forEach(name -> {
            if (!name.equals("all") && !name.equals("any")) {
                problems.add(path + "." + name, "error.field.unknown");
            }
        });
        return new Conditions(conditionList(node.get("all"), path + ".all"), conditionList(node.get("any"), path + ".any"));
    }

    private List<Condition> conditionList(JsonNode node, String path) {
        List<Condition> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            problems.add(path, "error.field.array");
            return list;
        }
        if (node.size() > MAX_CONDITIONS) {
            problems.add(path, "error.field.tooMany", MAX_CONDITIONS);
            return list;
        }
        for (int i = 0; i < node.size(); i++) {
            Condition c = condition(node.get(i), path + "[" + i + "]");
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }

    private Condition condition(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "error.json.objectExpected");
            return null;
        }
        unknownKeys(node, path, Set.of("field", "op", "value"));
        ConditionField field = ConditionField.fromCode(text(node, "field"));
        String op = text(node, "op");
        if (field == null) {
            problems.add(path + ".field", node.has("field") ? "error.automation.unknownField" : "error.field.required");
            return null;
        }
        if (field.isArticleField() && !scope.hasArticle()) {
            problems.add(path + ".field", "error.automation.noArticle");
            return null;
        }
        if (field.isRatingField() && !scope.hasRating()) {
            problems.add(path + ".field", "error.automation.noRating");
            return null;
        }
        if (field.kind() == ConditionField.Kind.MINUTES && scope.equals(Scope.MACRO)) {
            problems.add(path + ".field", "error.automation.unknownField");
            return null;
        }
        boolean changeOp = ConditionField.CHANGE_OPS.contains(op);
        if (op == null || !field.kind().ops().contains(op) && !(changeOp && field.changeKey() != null)) {
            problems.add(path + ".op", op == null ? "error.field.required" : "error.automation.unknownOp",
                    op == null ? "" : op);
            return null;
        }
        if (changeOp && !scope.hasChanges()) {
            problems.add(path + ".op", "error.automation.changeOpOnlyOnUpdate");
            return null;
        }
        JsonNode value = node.get("value");
        if ("changed".equals(op)) {
            if (value != null && !value.isNull()) {
                problems.add(path + ".value", "error.automation.noValue");
            }
            return new Condition(field.code(), op, null);
        }
        Object parsed = value(field, value, path + ".value");
        return parsed == INVALID ? null : new Condition(field.code(), op, parsed);
    }

    private Object value(ConditionField field, JsonNode value, String path) {
        switch (field.kind()) {
            case TEXT:
                return textValue(value, path, MAX_TEXT_VALUE, false);
            case TAGS:
                return textValue(value, path, MAX_TAG, false);
            case BOOLEAN:
                if (value == null || !value.isBoolean()) {
                    problems.add(path, "error.field.boolean");
                    return INVALID;
                }
                return value.asBoolean();
            case MINUTES:
                if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                        || value.asLong() > MAX_MINUTES) {
                    problems.add(path, "error.automation.minutes", MAX_MINUTES);
                    return INVALID;
                }
                return value.asLong();
            case SCORE:
                if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1
                        || value.asInt() > 5) {
                    problems.add(path, "error.automation.score");
                    return INVALID;
                }
                return value.asInt();
            case CODE:
                return code(field, value, path);
            case ID:
            default:
                return id(field.code(), value, path);
        }
    }

    private Object code(ConditionField field, JsonNode value, String path) {
        Function<String, Object> parser = switch (field) {
            case STATUS -> TicketStatus::fromCode;
            case PRIORITY -> Priority::fromCode;
            case CHANNEL -> Channel::fromCode;
            default -> c -> java.util.Arrays.stream(ArticleSender.values()).filter(s -> s.code().equals(c))
                    .findFirst().orElse(null);
        };
        if (value == null || !value.isString()) {
            problems.add(path, "error.field.string");
            return INVALID;
        }
        if (parser.apply(value.asString()) == null) {
            problems.add(path, "error.field.unknownValue", clip(value.asString()));
            return INVALID;
        }
        return value.asString();
    }

    /** An id, or null where "none" makes sense (no assignee, no category, no organization). */
    private Object id(String field, JsonNode value, String path) {
        boolean nullable = field.equals("assignee") || field.equals("category") || field.equals("organization");
        if (value == null || value.isNull()) {
            if (nullable) {
                return null;
            }
            problems.add(path, "error.field.required");
            return INVALID;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            problems.add(path, "error.field.id");
            return INVALID;
        }
        long id = value.asLong();
        if (references != null && !exists(field, id)) {
            problems.add(path, "error.automation.notFound", id);
            return INVALID;
        }
        return id;
    }

    private boolean exists(String field, long id) {
        return switch (field) {
            case "group" -> references.groupExists(id);
            case "assignee" -> references.agentExists(id);
            case "category" -> references.categoryExists(id);
            case "organization" -> references.organizationExists(id);
            default -> references.userExists(id);
        };
    }

    // ---- actions

    public List<TicketAction> actions(JsonNode node, String path, boolean required) {
        List<TicketAction> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path, "error.field.required");
            }
            return list;
        }
        if (!node.isArray()) {
            problems.add(path, "error.field.array");
            return list;
        }
        if (node.size() > MAX_ACTIONS) {
            problems.add(path, "error.field.tooMany", MAX_ACTIONS);
            return list;
        }
        if (node.isEmpty() && required) {
            problems.add(path, "error.field.required");
        }
        for (int i = 0; i < node.size(); i++) {
            TicketAction action = action(node.get(i), path + "[" + i + "]");
            if (action != null) {
                list.add(action);
            }
        }
        return list;
    }

    private TicketAction action(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "error.json.objectExpected");
            return null;
        }
        String type = text(node, "type");
        if (type == null) {
            problems.add(path + ".type", "error.field.required");
            return null;
        }
        switch (type) {
            case "set":
                unknownKeys(node, path, Set.of("type", "field", "value"));
                return set(node, path);
            case "add_tags":
            case "remove_tags":
                unknownKeys(node, path, Set.of("type", "value"));
                List<String> tags = tags(node.get("value"), path + ".value");
                return tags == null ? null : type.equals("add_tags") ? new TicketAction.AddTags(tags)
                        : new TicketAction.RemoveTags(tags);
            case "note":
            case "reply":
                unknownKeys(node, path, Set.of("type", "body"));
                Object body = body(node.get("body"), path + ".body", MAX_BODY);
                return body == INVALID ? null : type.equals("note") ? new TicketAction.AddNote((String) body)
                        : new TicketAction.Reply((String) body);
            case "notify":
                unknownKeys(node, path, Set.of("type", "to", "subject", "body"));
                return notify(node, path);
            case "escalate":
                unknownKeys(node, path, Set.of("type", "reason"));
                JsonNode reason = node.get("reason");
                if (reason == null || reason.isNull()) {
                    return new TicketAction.Escalate(null);
                }
                Object r = textValue(reason, path + ".reason", MAX_TEXT_VALUE, false);
                return r == INVALID ? null : new TicketAction.Escalate((String) r);
            default:
                problems.add(path + ".type", "error.automation.unknownAction", clip(type));
                return null;
        }
    }

    private TicketAction set(JsonNode node, String path) {
        String field = text(node, "field");
        if (field == null || !SET_FIELDS.contains(field)) {
            problems.add(path + ".field", field == null ? "error.field.required" : "error.automation.unknownField");
            return null;
        }
        JsonNode value = node.get("value");
        Object parsed;
        if (field.equals("status") || field.equals("priority")) {
            parsed = code(field.equals("status") ? ConditionField.STATUS : ConditionField.PRIORITY, value,
                    path + ".value");
        } else {
            parsed = field.equals("group") ? id("group", value, path + ".value") : id(field, value, path + ".value");
        }
        return parsed == INVALID ? null : new TicketAction.SetField(field, parsed == null ? null : parsed.toString());
    }

    private TicketAction notify(JsonNode node, String path) {
        String to = text(node, "to");
        if (to == null || !NOTIFY_TO.contains(to)) {
            problems.add(path + ".to", to == null ? "error.field.required" : "error.field.unknownValue", clip(to));
        }
        Object subject = node.get("subject") == null || node.get("subject").isNull() ? null
                : textValue(node.get("subject"), path + ".subject", MAX_SUBJECT, false);
        Object body = body(node.get("body"), path + ".body", MAX_BODY);
        if (subject == INVALID || body == INVALID || to == null || !NOTIFY_TO.contains(to)) {
            return null;
        }
        return new TicketAction.Notify(to, (String) subject, (String) body);
    }

    private List<String> tags(JsonNode node, String path) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(path, "error.field.array");
            return null;
        }
        if (node.size() > MAX_TAGS) {
            problems.add(path, "error.field.tooMany", MAX_TAGS);
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Object tag = textValue(node.get(i), path + "[" + i + "]", MAX_TAG, false);
            if (tag == INVALID) {
                return null;
            }
            tags.add((String) tag);
        }
        return tags;
    }

    /** Multi-line text with placeholders; unknown placeholders are refused. */
    private Object body(JsonNode node, String path, int max) {
        Object text = textValue(node, path, max, true);
        if (text instanceof String s) {
            var unknown = Placeholders.unknownIn(s);
            if (!unknown.isEmpty()) {
                problems.add(path, "error.automation.placeholder", "{{" + unknown.iterator().next() + "}}");
                return INVALID;
            }
        }
        return text;
    }

    private Object textValue(JsonNode node, String path, int max, boolean multiline) {
        if (node == null || node.isNull()) {
            problems.add(path, "error.field.required");
            return INVALID;
        }
        if (!node.isString()) {
            problems.add(path, "error.field.string");
            return INVALID;
        }
        String value = multiline ? node.asString() : node.asString().strip();
        if (value.isBlank()) {
            problems.add(path, "error.field.required");
            return INVALID;
        }
        if (value.length() > max) {
            problems.add(path, "error.field.tooLong", max);
            return INVALID;
        }
        boolean control = multiline ? Texts.hasControlCharacters(value) : Texts.hasControlCharacters(value)
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (control) {
            problems.add(path, "error.field.control");
            return INVALID;
        }
        return value;
    }

    private void unknownKeys(JsonNode node, String path, Set<String> known) {
        node.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(path + "." + clip(name), "error.field.unknown");
            }
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static String clip(String value) {
        return value == null ? "" : value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
