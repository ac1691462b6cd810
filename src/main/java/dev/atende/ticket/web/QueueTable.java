package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.UserRef;
import dev.atende.shared.PageWindow;
import dev.atende.ticket.BulkActions;
import dev.atende.ticket.BulkResult;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The ticket table of the queue pages, built-in queues and saved views alike: the columns shown,
 * headers that sort (only by what an index serves, the choice kept in the URL), and the
 * checkboxes and controls of the bulk actions.
 */
@Component
class QueueTable {

    /** Sortable columns and the sort key each uses; the first click sorts descending except for "due". */
    static final Map<String, String> SORT_KEYS = Map.of("number", "number", "priority", "priority", "updated",
            "updatedAt", "created", "createdAt", "due", "due");

    private final TicketViews views;
    private final TicketManagement tickets;
    private final Directory directory;
    private final ObjectProvider<BulkActions> bulkActions;
    private final MessageSource messages;
    private final Clock clock;

    QueueTable(TicketViews views, TicketManagement tickets, Directory directory, ObjectProvider<BulkActions> bulkActions,
            MessageSource messages, Clock clock) {
        this.views = views;
        this.tickets = tickets;
        this.directory = directory;
        this.bulkActions = bulkActions;
        this.messages = messages;
        this.clock = clock;
    }

    void fill(Model model, Actor actor, PageWindow<Ticket> result, List<String> columns, String sort) {
        var shown = views.of(result.items(), actor);
        Instant now = clock.instant();
        Map<Long, SlaBadge> badges = new HashMap<>();
        shown.forEach(t -> badges.put(t.id(), SlaBadge.of(t.sla(), now)));
        model.addAttribute("tickets", shown);
        model.addAttribute("badges", badges);
        model.addAttribute("result", result);
        model.addAttribute("columns", columns);
        model.addAttribute("sortLinks", sortLinks(columns, sort));
        model.addAttribute("sortState", sortState(sort));
        model.addAttribute("back", currentUrl());
        model.addAttribute("bulkStatuses", List.of(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD,
                TicketStatus.SOLVED, TicketStatus.CLOSED));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("bulkAssignees", assigneesFor(actor));
        model.addAttribute("bulkActions", bulkActions.orderedStream().map(a -> new BulkTool(a.path(), a.labelCode(),
                a.buttonCode(), a.choices(actor))).toList());
    }

    /** Columns of the built-in queues. */
    static List<String> defaultColumns() {
        return TicketView.DEFAULT_COLUMNS;
    }

    record BulkTool(String path, String labelCode, String buttonCode, List<BulkActions.Choice> choices) {
    }

    /** The summary a bulk action leaves for the queue page: skipped tickets by number where the agent may see them. */
    BulkResult.Summary summary(Actor actor, BulkResult result, Locale locale) {
        return result.summary(o -> {
            String reason = messages.getMessage(o.reason(), o.args(), o.reason(), locale);
            String ticket;
            try {
                ticket = "#" + tickets.get(actor, o.ticketId()).number();
            } catch (dev.atende.shared.DomainException e) {
                ticket = messages.getMessage("ticket.bulk.unknownTicket", new Object[] {o.ticketId()}, locale);
            }
            return ticket + ": " + reason;
        });
    }

    /** Only a path of the agent desk is a place to go back to (no open redirect). */
    static String safeBack(String back) {
        return back != null && back.startsWith("/agent") && !back.startsWith("//") && !back.contains("\\")
                && !back.contains("\r") && !back.contains("\n") ? back : "/agent";
    }

    List<UserRef> assigneesFor(Actor actor) {
        var groups = actor.isAdmin() ? directory.allGroups().stream().map(g -> g.id()).toList()
                : List.copyOf(actor.visibleGroupIds());
        Map<Long, UserRef> people = new TreeMap<>();
        for (long group : groups) {
            directory.assignableMembers(group).forEach(u -> people.put(u.id(), u));
        }
        List<UserRef> list = new ArrayList<>(people.values());
        list.sort(Comparator.comparing(UserRef::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    private static Map<String, String> sortLinks(List<String> columns, String sort) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String column : columns) {
            String key = SORT_KEYS.get(column);
            if (key != null) {
                String next = key.equals(sort) ? "-" + key : ("-" + key).equals(sort) ? key
                        : key.equals("due") ? key : "-" + key;
                var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", next)
                        .replaceQueryParam("page").build();
                links.put(column, uri.getPath() + "?" + uri.getQuery());
            }
        }
        return links;
    }

    /** The column sorted by and how, for aria-sort. */
    private static Map<String, String> sortState(String sort) {
        if (sort == null) {
            return Map.of();
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        return SORT_KEYS.entrySet().stream().filter(e -> e.getValue().equals(key)).findFirst()
                .map(e -> Map.of(e.getKey(), descending ? "descending" : "ascending")).orElse(Map.of());
    }

    private static String currentUrl() {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
