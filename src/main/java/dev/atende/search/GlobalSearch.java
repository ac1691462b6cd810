package dev.atende.search;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one search box: tickets, people, organizations and what other modules contribute (the
 * knowledge base's articles), each type filtered by what the actor may see.
 */
public interface GlobalSearch {

    String TICKET = "ticket";
    String USER = "user";
    String ORGANIZATION = "organization";

    int MAX_PAGE_SIZE = 50;

    /**
     * One page of each requested type (all types when none is named). Unknown type names are a
     * problem of the {@code type} field; types the actor may not search come back empty.
     */
    List<SearchResults> search(Actor actor, SearchText text, Set<String> types, TicketSearchFilter filter, int page,
            int size);

    /** The type names this installation searches. */
    Set<String> types();

    /** The state of the index (admins). */
    IndexStatus status(Actor actor);

    /** Starts rebuilding the whole index in the background (admins). */
    IndexStatus rebuild(Actor actor);

    static Set<String> parseTypes(String raw, Set<String> known) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        var types = new LinkedHashSet<String>();
        var unknown = new ArrayList<String>();
        for (String part : raw.split(",")) {
            String type = part.strip();
            if (type.isEmpty()) {
                continue;
            }
            if (known.contains(type)) {
                types.add(type);
            } else {
                unknown.add(type);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("type", "error.search.type", String.join(", ", known));
        }
        return types;
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.search.adminOnly");
        }
    }
}
