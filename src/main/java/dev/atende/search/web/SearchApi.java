package dev.atende.search.web;

import dev.atende.identity.Actor;
import dev.atende.search.GlobalSearch;
import dev.atende.search.IndexStatus;
import dev.atende.search.SearchResults;
import dev.atende.search.SearchText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search")
@RestController
class SearchApi {

    private final GlobalSearch search;

    SearchApi(GlobalSearch search) {
        this.search = search;
    }

    record Answer(String q, List<SearchResults> results) {
    }

    @Operation(summary = "One search over everything the caller may see",
            description = """
                    q: up to 200 characters; words must all match (accents and case ignored, Portuguese and \
                    English word forms); "quoted phrases", -word to exclude, a|b for either, word* for a prefix; \
                    a ticket number (10042 or #10042) finds that ticket first; when nothing matches, one typo per \
                    word is forgiven. type: ticket, user, organization, article (comma-separated; all by default). \
                    Customers search their own tickets (their organization's when it shares) and the help center; \
                    people and organizations are for agents and admins. Ticket filters: status and channel \
                    (comma-separated codes), group (id), from/to (a day, UTC, or an ISO instant) on the creation \
                    time. Each type answers one page: `total` is exact up to 10,000 (`totalExact`). Titles and \
                    snippets are HTML-escaped text with the matched words in <mark>.""")
    @GetMapping("/api/v1/search")
    Answer search(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long group, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
        SearchText text = SearchText.parse(q);
        var types = GlobalSearch.parseTypes(type, search.types());
        var filter = SearchParameters.ticketFilter(status, group, channel, from, to);
        return new Answer(text.value(), search.search(actor, text, types, filter, page, size));
    }

    @Operation(summary = "The state of the search index (admins)")
    @GetMapping("/api/v1/search/index")
    IndexStatus status(Actor actor) {
        return search.status(actor);
    }

    @Operation(summary = "Rebuild the whole search index in the background (admins)",
            description = "202 with the index state; searches keep working and see the documents written so far. "
                    + "Asking again while a rebuild runs does not start another.")
    @PostMapping("/api/v1/search/index/rebuild")
    ResponseEntity<IndexStatus> rebuild(Actor actor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(search.rebuild(actor));
    }
}
