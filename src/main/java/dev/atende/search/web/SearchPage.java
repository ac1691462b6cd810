package dev.atende.search.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.search.GlobalSearch;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import dev.atende.search.TicketSearchFilter;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.Channel;
import dev.atende.ticket.TicketStatus;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page behind the search box of every page: results of each type the person may
 * search, ticket filters for staff, and paging within one type.
 */
@Controller
class SearchPage {

    private static final int PER_TYPE = 10;
    private static final int PER_PAGE = 25;

    private final GlobalSearch search;
    private final Directory directory;

    SearchPage(GlobalSearch search, Directory directory) {
        this.search = search;
        this.directory = directory;
    }

    @GetMapping("/search")
    String search(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long group, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<String> types = actor.isStaff() ? List.copyOf(search.types())
                : search.types().stream().filter(t -> !t.equals(GlobalSearch.USER) && !t.equals(GlobalSearch.ORGANIZATION))
                        .toList();
        String only = type != null && types.contains(type) ? type : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", only);
        model.addAttribute("types", types);
        model.addAttribute("status", status);
        model.addAttribute("group", group);
        model.addAttribute("channel", channel);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("groups", actor.isStaff() ? directory.allGroups() : List.of());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("results", List.of());
        if (q == null || q.isBlank()) {
            return "search/results";
        }
        try {
            SearchText text = SearchText.parse(q);
            TicketSearchFilter filter = actor.isStaff()
                    ? SearchParameters.ticketFilter(status, group, channel, from, to) : TicketSearchFilter.NONE;
            Set<String> asked = only == null ? Set.copyOf(types) : Set.of(only);
            List<SearchResults> results = search.search(actor, text, asked, filter,
                    only == null ? 0 : Math.min(Math.max(0, page), 1000), only == null ? PER_TYPE : PER_PAGE);
            // keep the order of the tabs whatever order the sets gave
            model.addAttribute("results", results.stream()
                    .sorted(java.util.Comparator.comparingInt(r -> types.indexOf(r.type()))).toList());
            model.addAttribute("perPage", PER_PAGE);
        } catch (InvalidInputException problem) {
            model.addAttribute("problems", problem.fieldProblems());
        }
        return "search/results";
    }
}
