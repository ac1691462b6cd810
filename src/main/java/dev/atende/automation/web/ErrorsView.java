package dev.atende.automation.web;

import dev.atende.shared.DomainException;
import dev.atende.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * A refused rule form: problems grouped by the form field they belong to (the first part of
 * their path), each message with its place inside the JSON, e.g. "conditions.all[0].op: Unknown
 * operator". Same shape as {@code shared.FormErrors}, so the shared form fragments show it.
 */
public record ErrorsView(Map<String, List<String>> fields, List<String> global) {

    static final ErrorsView NONE = new ErrorsView(Map.of(), List.of());
    /** The fields the rule and canned-response forms have inputs for. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of("name", "event", "order", "conditions",
            "actions", "body", "locale");

    static ErrorsView of(DomainException e, MessageSource messages, Locale locale) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        if (e.fieldProblems().isEmpty()) {
            global.add(messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale));
        }
        for (FieldProblem p : e.fieldProblems()) {
            String text = messages.getMessage(p.messageCode(), p.args(), p.messageCode(), locale);
            String field = p.field().split("[.\\[]", 2)[0];
            if (!SHOWN.contains(field)) { // no input to show it beside: above the form, so none is lost
                global.add(p.field().isEmpty() ? text : p.field() + ": " + text);
                continue;
            }
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(field.equals(p.field()) ? text
                    : p.field() + ": " + text);
        }
        return new ErrorsView(fields, global);
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
