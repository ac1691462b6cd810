package dev.atende.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * A refused form submission as a page shows it: messages in the reader's language, keyed by the
 * field they belong to; problems with a field the form does not show, or with no field, are
 * global (shown above the form) so that none is lost.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public FormErrors {
        fields = Map.copyOf(fields);
        global = List.copyOf(global);
    }

    /** {@code shownFields}: the field names the form has inputs for (as the services name them). */
    public static FormErrors of(DomainException e, MessageSource messages, Locale locale, Set<String> shownFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        if (e.fieldProblems().isEmpty()) {
            global.add(messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale));
        }
        for (FieldProblem problem : e.fieldProblems()) {
            String text = messages.getMessage(problem.messageCode(), problem.args(), problem.messageCode(), locale);
            if (shownFields.contains(problem.field())) {
                fields.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
            } else {
                global.add(text);
            }
        }
        return new FormErrors(fields, global);
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
