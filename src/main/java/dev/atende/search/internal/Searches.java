package dev.atende.search.internal;

import dev.atende.identity.Actor;
import dev.atende.search.GlobalSearch;
import dev.atende.search.IndexStatus;
import dev.atende.search.SearchContributor;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import dev.atende.search.TicketSearchFilter;
import dev.atende.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** {@link GlobalSearch} over this module's searches and the contributed ones. */
@Service
class Searches implements GlobalSearch {

    private final TicketSearch tickets;
    private final DirectorySearch directory;
    private final Map<String, SearchContributor> contributors = new LinkedHashMap<>();
    private final IndexMaintenance maintenance;

    Searches(TicketSearch tickets, DirectorySearch directory, List<SearchContributor> contributors,
            IndexMaintenance maintenance) {
        this.tickets = tickets;
        this.directory = directory;
        this.maintenance = maintenance;
        contributors.forEach(contributor -> this.contributors.put(contributor.type(), contributor));
    }

    @Override
    public List<SearchResults> search(Actor actor, SearchText text, Set<String> types, TicketSearchFilter filter,
            int page, int size) {
        if (page < 0 || page > 1000) {
            throw InvalidInputException.of("page", "error.search.page", 0, 1000);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "error.search.size", 1, MAX_PAGE_SIZE);
        }
        int offset = page * size;
        var results = new ArrayList<SearchResults>();
        for (String type : types.isEmpty() ? types() : types) {
            results.add(switch (type) {
                case TICKET -> tickets.search(actor, text, filter == null ? TicketSearchFilter.NONE : filter, offset,
                        size);
                case USER -> directory.people(actor, text, offset, size);
                case ORGANIZATION -> directory.organizations(actor, text, offset, size);
                default -> contributors.get(type).search(actor, text, offset, size);
            });
        }
        return results;
    }

    @Override
    public Set<String> types() {
        var types = new LinkedHashSet<String>(List.of(TICKET, USER, ORGANIZATION));
        types.addAll(contributors.keySet());
        return types;
    }

    @Override
    public IndexStatus status(Actor actor) {
        GlobalSearch.requireAdmin(actor);
        return maintenance.status();
    }

    @Override
    public IndexStatus rebuild(Actor actor) {
        GlobalSearch.requireAdmin(actor);
        return maintenance.rebuild();
    }
}
