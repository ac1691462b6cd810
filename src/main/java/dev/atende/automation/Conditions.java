package dev.atende.automation;

import java.util.List;

/** Every condition of {@code all} holds, and at least one of {@code any} when there are some. */
public record Conditions(List<Condition> all, List<Condition> any) {

    public static final Conditions ALWAYS = new Conditions(List.of(), List.of());

    public Conditions {
        all = List.copyOf(all);
        any = List.copyOf(any);
    }
}
