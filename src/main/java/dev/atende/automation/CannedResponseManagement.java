package dev.atende.automation;

import dev.atende.automation.internal.CannedResponses;
import dev.atende.automation.internal.TicketPlaceholders;
import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.Texts;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned responses: admins write them, agents find them (by words, by language) and insert them
 * into a reply, rendered for the ticket at hand. Unknown placeholders are refused on save, so
 * what an agent inserts never shows a stray {@code {{...}}} of ours.
 */
@Service
@Transactional
public class CannedResponseManagement {

    public static final int MAX_BODY = 10_000;
    public static final int MAX_RESULTS = 200;
    static final Set<String> LOCALES = Set.of("pt-BR", "en");

    private final CannedResponses responses;
    private final TicketManagement tickets;
    private final TicketPlaceholders placeholders;
    private final Clock clock;

    CannedResponseManagement(CannedResponses responses, TicketManagement tickets, TicketPlaceholders placeholders,
            Clock clock) {
        this.responses = responses;
        this.tickets = tickets;
        this.placeholders = placeholders;
        this.clock = clock;
    }

    /** Changes to a canned response: each field absent (keep) or present. */
    public record Changes(Change<String> name, Change<String> body, Change<String> locale) {
    }

    /** A canned response with its placeholders filled in for one ticket. */
    public record Rendered(long id, String name, String body, String locale) {
    }

    @Transactional(readOnly = true)
    public List<CannedResponse> search(Actor actor, String q, String locale) {
        RuleFields.requireStaff(actor);
        String words = q == null ? null : Texts.withoutControlCharacters(q).strip().toLowerCase(Locale.ROOT);
        if (words != null && words.length() > 100) {
            throw InvalidInputException.of("q", "error.field.tooLong", 100);
        }
        if (locale != null && !LOCALES.contains(locale)) {
            throw InvalidInputException.of("locale", "error.field.unknownValue", locale);
        }
        String like = words == null || words.isEmpty() ? null
                : "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return responses.search(like, locale, Limit.of(MAX_RESULTS));
    }

    @Transactional(readOnly = true)
    public CannedResponse get(Actor actor, long id) {
        RuleFields.requireStaff(actor);
        return find(id);
    }

    @Transactional(readOnly = true)
    public Rendered render(Actor actor, long ticketId, long id) {
        RuleFields.requireStaff(actor);
        Ticket ticket = tickets.get(actor, ticketId);
        CannedResponse response = find(id);
        return new Rendered(response.id(), response.name(),
                Placeholders.render(response.body(), placeholders.of(ticket, actor.id())), response.locale());
    }

    public CannedResponse create(Actor actor, Changes changes) {
        RuleFields.requireAdmin(actor);
        Instant now = clock.instant();
        CannedResponse response = new CannedResponse(now);
        define(response, changes, true, now);
        return responses.save(response);
    }

    public CannedResponse update(Actor actor, long id, Changes changes) {
        RuleFields.requireAdmin(actor);
        CannedResponse response = find(id);
        define(response, changes, false, clock.instant());
        return responses.save(response);
    }

    public void delete(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        responses.delete(find(id));
    }

    private void define(CannedResponse response, Changes changes, boolean isNew, Instant now) {
        var problems = new InvalidInputException.Collector();
        String name = RuleFields.name(changes.name(), isNew ? null : response.name(), false, problems);
        String body = isNew ? null : response.body();
        if (changes.body().present() || isNew) {
            String given = changes.body().value();
            if (given == null || given.isBlank()) {
                problems.add("body", "error.field.required");
            } else if (given.length() > MAX_BODY) {
                problems.add("body", "error.field.tooLong", MAX_BODY);
            } else if (Texts.hasControlCharacters(given)) {
                problems.add("body", "error.field.control");
            } else if (!Placeholders.unknownIn(given).isEmpty()) {
                problems.add("body", "error.automation.placeholder",
                        "{{" + Placeholders.unknownIn(given).iterator().next() + "}}");
            } else {
                body = given;
            }
        }
        String locale = isNew ? null : response.locale();
        if (changes.locale().present()) {
            locale = changes.locale().value();
            if (locale != null && !LOCALES.contains(locale)) {
                problems.add("locale", "error.field.unknownValue", locale);
            }
        }
        problems.throwIfAny();
        response.define(name, body, locale, now);
    }

    private CannedResponse find(long id) {
        return responses.findById(id).orElseThrow(() -> new NotFoundException("error.automation.cannedNotFound"));
    }
}
