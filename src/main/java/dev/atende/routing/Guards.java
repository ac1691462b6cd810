package dev.atende.routing;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;

/** Who may do what in routing: staff read, admins configure. */
final class Guards {

    private Guards() {
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
