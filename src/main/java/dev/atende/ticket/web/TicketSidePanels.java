package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import dev.atende.identity.Organization;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.identity.UserRef;
import dev.atende.shared.PageRequest;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.LinkKind;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketFilter;
import dev.atende.ticket.TicketLinks;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.Timeline;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of the agent's ticket view added with merging and links: the links panel, the
 * customer panel (contact, their other tickets) and the fields changed in place.
 */
@Component
class TicketSidePanels {

    /** How many of the customer's other tickets the panel lists. */
    static final int OTHER_TICKETS = 10;

    private final TicketManagement tickets;
    private final TicketLinks links;
    private final Directory directory;
    private final CategoryManagement categories;

    TicketSidePanels(TicketManagement tickets, TicketLinks links, Directory directory, CategoryManagement categories) {
        this.tickets = tickets;
        this.links = links;
        this.directory = directory;
        this.categories = categories;
    }

    /** The customer as the panel shows them; {@code organization} may be null. */
    record CustomerPanel(long id, String name, String email, Role role, String locale, String timeZone,
            Long organizationId, String organizationName, List<Ticket> others, long total) {
    }

    /**
     * What the in-place fields show: the ticket's values, the choices, the version the agent saw,
     * and the outcome of the last change ({@code message}: a bundle code, with one argument).
     */
    record InlineFields(long ticketId, String status, String priority, long group, Long assignee, Long category,
            String tags, long version, List<TicketStatus> statuses, Priority[] priorities, List<GroupRef> groups,
            List<UserRef> assignees, List<CategoryManagement.Choice> categories, String message, String messageArg,
            boolean error) {
    }

    void fill(Actor actor, Ticket ticket, Model model) {
        model.addAttribute("links", links.of(actor, ticket.id()));
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("customerPanel", customer(actor, ticket));
        if (!model.containsAttribute("inline")) {
            model.addAttribute("inline", inline(ticket, ticket.version(), null, null, false));
        }
    }

    InlineFields inline(Ticket ticket, long version, String message, String messageArg, boolean error) {
        return new InlineFields(ticket.id(), ticket.status().code(), ticket.priority().code(), ticket.groupId(),
                ticket.assigneeId(), ticket.categoryId(), String.join(", ", ticket.tags()), version,
                ticket.status().choices(), Priority.values(), directory.allGroups(),
                directory.assignableMembers(ticket.groupId()), categories.choices(), message, messageArg, error);
    }

    /** Who touched the ticket last (a message or a change), for "changed by X": null when nobody did. */
    String lastActor(Actor actor, long ticketId) {
        Timeline timeline = tickets.timeline(actor, ticketId);
        Long who = null;
        for (Timeline.Entry entry : timeline.entries()) { // oldest first: the last one wins
            if (entry instanceof Timeline.Message m) {
                who = m.article().authorId();
            } else if (entry instanceof Timeline.Change c) {
                who = c.change().actorId();
            }
        }
        return who == null ? null : directory.user(who).map(User::name).orElse(null);
    }

    CustomerPanel customer(Actor actor, Ticket ticket) {
        User customer = directory.user(ticket.customerId()).orElse(null);
        if (customer == null) {
            return null;
        }
        Organization organization = customer.organizationId() == null ? null
                : directory.organization(customer.organizationId()).orElse(null);
        var filter = new TicketFilter(List.of(), null, null, null, customer.id(), null, "-createdAt");
        var page = tickets.list(actor, filter, new PageRequest(0, OTHER_TICKETS + 1));
        List<Ticket> others = page.items().stream().filter(t -> !t.id().equals(ticket.id())).limit(OTHER_TICKETS)
                .toList();
        long total = Math.max(0, page.total() - (page.items().stream().anyMatch(t -> t.id().equals(ticket.id())) ? 1 : 0));
        return new CustomerPanel(customer.id(), customer.name(), customer.email(), customer.role(), customer.locale(),
                customer.timeZone(), organization == null ? null : organization.id(),
                organization == null ? null : organization.name(), others, total);
    }
}
