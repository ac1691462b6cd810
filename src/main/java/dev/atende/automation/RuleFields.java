package dev.atende.automation;

import dev.atende.shared.Change;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.identity.Actor;

/** Checks shared by every kind of rule: who may manage them, names and order. */
final class RuleFields {

    static final int MAX_NAME = 100;
    static final int MAX_ORDER = 1_000_000;

    private RuleFields() {
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.automation.adminOnly");
        }
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.automation.staffOnly");
        }
    }

    /** The new name, or the current one when absent (null current: a new rule, so required). */
    static String name(Change<String> change, String current, boolean refused,
            InvalidInputException.Collector problems) {
        if (!change.present()) {
            if (current == null && !refused) {
                problems.add("name", "error.field.required");
            }
            return current;
        }
        String name = change.value();
        if (name == null || name.isBlank()) {
            problems.add("name", "error.field.required");
            return current;
        }
        if (name.length() > MAX_NAME) {
            problems.add("name", "error.field.tooLong", MAX_NAME);
            return current;
        }
        return name.strip();
    }

    static int order(Change<Integer> change, int current, InvalidInputException.Collector problems) {
        if (!change.present() || change.value() == null) {
            return current;
        }
        if (Math.abs(change.value()) > MAX_ORDER) {
            problems.add("order", "error.automation.order", MAX_ORDER);
            return current;
        }
        return change.value();
    }

    static boolean active(Change<Boolean> change, boolean current) {
        return change.present() && change.value() != null ? change.value() : current;
    }
}
