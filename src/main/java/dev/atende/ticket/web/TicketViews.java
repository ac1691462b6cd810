package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Ids;
import dev.atende.ticket.Article;
import dev.atende.ticket.Attachment;
import dev.atende.ticket.Category;
import dev.atende.ticket.HistoryEntry;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketDeadlines;
import dev.atende.ticket.TicketLinks;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.web.TicketJson.ArticleView;
import dev.atende.ticket.web.TicketJson.AttachmentView;
import dev.atende.ticket.web.TicketJson.CategoryRef;
import dev.atende.ticket.web.TicketJson.HistoryView;
import dev.atende.ticket.web.TicketJson.TicketRef;
import dev.atende.ticket.web.TicketJson.TicketView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Turns tickets and their parts into JSON views, looking up people and groups in one query per kind. */
@Component
class TicketViews {

    private final Directory directory;
    private final TicketManagement tickets;
    private final ObjectProvider<TicketDeadlines> deadlines;
    private final TicketLinks links;

    TicketViews(Directory directory, TicketManagement tickets, ObjectProvider<TicketDeadlines> deadlines,
            TicketLinks links) {
        this.links = links;
        this.directory = directory;
        this.tickets = tickets;
        this.deadlines = deadlines;
    }

    TicketView of(Ticket ticket) {
        return of(List.of(ticket)).get(0);
    }

    /** With the SLA for the team; customers never see the team's internal deadlines. */
    TicketView of(Ticket ticket, Actor reader) {
        return of(List.of(ticket), reader).get(0);
    }

    List<TicketView> of(List<Ticket> list, Actor reader) {
        if (!reader.isStaff() || list.isEmpty()) {
            return of(list);
        }
        Map<Long, TicketDeadlines.Deadlines> slas = new HashMap<>();
        deadlines.orderedStream().forEach(d -> slas.putAll(d.forTickets(list.stream().map(Ticket::id).toList())));
        return of(list).stream().map(v -> slas.containsKey(v.id()) ? withSla(v, slas.get(v.id())) : v).toList();
    }

    private static TicketView withSla(TicketView v, TicketDeadlines.Deadlines sla) {
        return new TicketView(v.id(), v.number(), v.subject(), v.status(), v.priority(), v.channel(), v.customer(),
                v.organization(), v.group(), v.assignee(), v.category(), v.tags(), v.createdAt(), v.updatedAt(),
                v.firstResponseAt(), v.solvedAt(), v.version(), sla, v.mergedInto());
    }

    List<TicketView> of(List<Ticket> list) {
        var users = directory.users(Ids.nonNull(list.stream()
                .flatMap(t -> Stream.of(t.customerId(), t.assigneeId())).toList()));
        var groups = directory.groups(Ids.nonNull(list.stream().map(Ticket::groupId).toList()));
        var organizations = directory.organizations(Ids.nonNull(list.stream().map(Ticket::organizationId).toList()));
        Map<Long, CategoryRef> categories = list.stream().anyMatch(t -> t.categoryId() != null)
                ? tickets.categories().stream().collect(Collectors.toMap(Category::id, c -> new CategoryRef(c.id(), c.name())))
                : Map.of();
        var lookupUser = Directory.lookup(users);
        Map<Long, TicketRef> mergedInto = mergeTargets(list);
        List<TicketView> views = new ArrayList<>();
        for (Ticket t : list) {
            views.add(new TicketView(t.id(), Long.toString(t.number()), t.subject(), t.status(), t.priority(),
                    t.channel(), lookupUser.apply(t.customerId()), Directory.lookup(organizations).apply(t.organizationId()),
                    groups.get(t.groupId()), lookupUser.apply(t.assigneeId()),
                    Directory.lookup(categories).apply(t.categoryId()), t.tags(), t.createdAt(), t.updatedAt(),
                    t.firstResponseAt(), t.solvedAt(), t.version(), null, Directory.lookup(mergedInto).apply(t.mergedIntoId())));
        }
        return views;
    }

    /** The tickets the merged ones of the list went into (one query, only when some are merged). */
    private Map<Long, TicketRef> mergeTargets(List<Ticket> list) {
        var ids = Ids.nonNull(list.stream().map(Ticket::mergedIntoId).toList());
        return ids.isEmpty() ? Map.of() : links.numbers(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new TicketRef(e.getKey(), Long.toString(e.getValue()))));
    }

    List<ArticleView> articles(List<Article> articles, Map<Long, List<Attachment>> files) {
        Function<Long, dev.atende.identity.UserRef> authors = Directory.lookup(
                directory.users(Ids.nonNull(articles.stream().map(Article::authorId).toList())));
        return articles.stream().map(a -> new ArticleView(a.id(), a.ticketId(), authors.apply(a.authorId()), a.sender(),
                a.isInternal() ? "internal" : "public", a.contentType(), a.body(), a.channel(), a.createdAt(),
                files.getOrDefault(a.id(), List.of()).stream().map(TicketViews::attachment).toList(),
                a.mergedFromNumber() == null ? null : Long.toString(a.mergedFromNumber()))).toList();
    }

    static AttachmentView attachment(Attachment file) {
        return new AttachmentView(file.id(), file.filename(), file.contentType(), file.size(),
                "/api/v1/attachments/" + file.id());
    }

    List<HistoryView> history(List<HistoryEntry> entries) {
        var actors = Directory.lookup(directory.users(Ids.nonNull(entries.stream().map(HistoryEntry::actorId).toList())));
        return entries.stream().map(h -> new HistoryView(h.id(), h.at(), actors.apply(h.actorId()), h.field(), h.from(),
                h.to(), h.note())).toList();
    }
}
