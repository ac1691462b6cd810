package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketFilter;
import dev.atende.ticket.TicketLinks;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketMerge;
import dev.atende.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket view's merge and link forms, its fields changed in place (htmx, with a plain form
 * post as the fallback) and the list of a customer's tickets. Agents type ticket numbers; the
 * services take ids and check every permission.
 */
@Controller
@RequestMapping("/agent")
class AgentTicketLinkPages {

    private static final Set<String> FIELDS = Set.of("into", "ticket", "type", "status", "priority", "group",
            "assignee", "category", "tags");

    private final TicketManagement tickets;
    private final TicketMerge merge;
    private final TicketLinks links;
    private final TicketSidePanels panels;
    private final TicketViews views;
    private final Directory directory;
    private final MessageSource messages;

    AgentTicketLinkPages(TicketManagement tickets, TicketMerge merge, TicketLinks links, TicketSidePanels panels,
            TicketViews views, Directory directory, MessageSource messages) {
        this.tickets = tickets;
        this.merge = merge;
        this.links = links;
        this.panels = panels;
        this.views = views;
        this.directory = directory;
        this.messages = messages;
    }

    @PostMapping("/tickets/{id}/merge")
    String merge(Actor actor, @PathVariable long id, @RequestParam(required = false) String into,
            @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        tickets.get(actor, id); // a ticket the agent may not see stays a 404
        Optional<Ticket> target = byNumber(actor, into);
        if (target.isEmpty()) {
            return refused(id, "ticket.merge.unknownTarget", into, redirect);
        }
        try {
            merge.merge(actor, id, target.get().id(), version);
        } catch (PreconditionFailedException e) {
            return refused(id, "ticket.page.staleHint", null, redirect);
        } catch (DomainException e) {
            return refused(id, "ticket.links.refused", firstMessage(e, locale), redirect);
        }
        redirect.addFlashAttribute("flash", "ticket.merge.done");
        redirect.addFlashAttribute("flashArg", "#" + tickets.get(actor, id).number());
        return "redirect:/agent/tickets/" + target.get().id();
    }

    @PostMapping("/tickets/{id}/links")
    String link(Actor actor, @PathVariable long id, @RequestParam(required = false) String ticket,
            @RequestParam(required = false) String type, Locale locale, RedirectAttributes redirect) {
        tickets.get(actor, id);
        Optional<Ticket> other = byNumber(actor, ticket);
        if (other.isEmpty()) {
            return refused(id, "ticket.links.unknownTicket", ticket, redirect);
        }
        try {
            links.add(actor, id, other.get().id(), type);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return refused(id, "ticket.links.refused", firstMessage(e, locale), redirect);
        }
        redirect.addFlashAttribute("flash", "ticket.links.added");
        redirect.addFlashAttribute("flashArg", "#" + other.get().number());
        return "redirect:/agent/tickets/" + id + "#ticket-links";
    }

    @PostMapping("/tickets/{id}/links/{linkId}/delete")
    String unlink(Actor actor, @PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        links.remove(actor, id, linkId);
        redirect.addFlashAttribute("flash", "ticket.links.removed");
        return "redirect:/agent/tickets/" + id + "#ticket-links";
    }

    /**
     * Saves the fields changed in place. Only the fields sent change (htmx sends the whole bar,
     * the plain form too); the version is checked as in the full form. htmx gets the bar back,
     * with the outcome in it; a plain post goes back to the ticket.
     */
    @PostMapping("/tickets/{id}/inline")
    String inline(Actor actor, @PathVariable long id, HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        Long version = request.getParameter("version") != null
                && request.getParameter("version").strip().matches("\\d{1,18}")
                ? Long.valueOf(request.getParameter("version").strip()) : null;
        String message;
        String arg = null;
        boolean error = true;
        long shownVersion = version == null ? tickets.get(actor, id).version() : version;
        try {
            var changes = new TicketChanges(param(request, "status").present()
                    ? Change.to(TicketStatus.fromCode(request.getParameter("status"))) : Change.absent(),
                    param(request, "priority").present()
                            ? Change.to(Priority.fromCode(request.getParameter("priority"))) : Change.absent(),
                    longParam(request, "group"), longParam(request, "assignee"), longParam(request, "category"),
                    param(request, "tags").present() ? Change.to(TicketForms.tags(request.getParameter("tags")))
                            : Change.absent(),
                    Change.absent());
            Ticket saved = tickets.update(actor, id, version, changes);
            shownVersion = saved.version();
            message = "ticket.inline.saved";
            error = false;
        } catch (PreconditionFailedException e) {
            String who = panels.lastActor(actor, id);
            message = who == null ? "ticket.inline.staleUnknown" : "ticket.inline.stale";
            arg = who;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            message = "ticket.links.refused";
            arg = firstMessage(e, locale);
        }
        if (htmx == null) {
            redirect.addFlashAttribute(error ? "flashError" : "flash", message);
            redirect.addFlashAttribute(error ? "flashErrorArg" : "flashArg", arg);
            return "redirect:/agent/tickets/" + id;
        }
        Ticket current = tickets.get(actor, id);
        // after a refusal the bar keeps the version the agent saw: nothing more saves until they reload
        model.addAttribute("inline", panels.inline(current, shownVersion, message, arg, error));
        model.addAttribute("ticket", views.of(current, actor));
        return "ticket/agent/inline-fields :: response";
    }

    /** Every ticket of one customer that the agent may see, newest first. */
    @GetMapping("/customers/{customerId}/tickets")
    String customerTickets(Actor actor, @PathVariable long customerId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var customer = directory.user(customerId).filter(u -> actor.isStaff())
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        var filter = new TicketFilter(List.of(), null, null, null, customerId, null, "-createdAt");
        var result = tickets.list(actor, filter, new PageRequest(Math.min(Math.max(page, 0), 10_000),
                PageRequest.DEFAULT_SIZE));
        model.addAttribute("customer", customer.ref());
        model.addAttribute("tickets", views.of(result.items(), actor));
        model.addAttribute("result", result);
        return "ticket/agent/customer-tickets";
    }

    private Optional<Ticket> byNumber(Actor actor, String raw) {
        String digits = raw == null ? "" : raw.strip().replaceFirst("^#", "");
        return digits.matches("\\d{1,18}") ? links.visibleByNumber(actor, Long.parseLong(digits)) : Optional.empty();
    }

    private String firstMessage(DomainException e, Locale locale) {
        FormErrors errors = FormErrors.of(e, messages, locale, FIELDS);
        return errors.fields().values().stream().flatMap(List::stream).findFirst()
                .orElseGet(() -> errors.global().isEmpty() ? "" : errors.global().get(0));
    }

    private static String refused(long id, String code, String arg, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", code);
        redirect.addFlashAttribute("flashErrorArg", arg);
        return "redirect:/agent/tickets/" + id;
    }

    private static Change<String> param(HttpServletRequest request, String name) {
        return request.getParameterMap().containsKey(name) ? Change.to(request.getParameter(name)) : Change.absent();
    }

    /**
     * Absent when not sent; null when sent empty ("no assignee"); else the number. Anything else is
     * refused: read as empty, it would clear the field.
     */
    private static Change<Long> longParam(HttpServletRequest request, String name) {
        Change<String> raw = param(request, name);
        if (!raw.present()) {
            return Change.absent();
        }
        String value = raw.value() == null ? "" : raw.value().strip();
        if (value.isEmpty()) {
            return Change.to(null);
        }
        if (!value.matches("\\d{1,18}")) {
            throw InvalidInputException.of(name, "error.field.id");
        }
        return Change.to(Long.valueOf(value));
    }
}
