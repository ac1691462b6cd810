package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.PageRequest;
import dev.atende.ticket.ArticleManagement;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.NewArticle;
import dev.atende.ticket.NewTicket;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketFilter;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.web.TicketForms.NewRequestForm;
import dev.atende.ticket.web.TicketForms.ReplyForm;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer's side: my requests, a new request, the conversation, reply, mark solved or reopen. */
@Controller
@RequestMapping("/portal")
class PortalPages {

    private static final Set<String> NEW_FIELDS = Set.of("subject", "body", "category", "files");
    private static final Set<String> REPLY_FIELDS = Set.of("body", "files");

    private final TicketManagement tickets;
    private final ArticleManagement articles;
    private final TicketViews views;
    private final Directory directory;
    private final MessageSource messages;
    private final CategoryManagement categoryChoices;

    PortalPages(TicketManagement tickets, ArticleManagement articles, TicketViews views, Directory directory,
            MessageSource messages, CategoryManagement categoryChoices) {
        this.categoryChoices = categoryChoices;
        this.tickets = tickets;
        this.articles = articles;
        this.views = views;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * The customer's requests; when their organization shares its tickets, also their colleagues'
     * ({@code scope=organization}, the default then) or only their own ({@code scope=mine}).
     */
    @GetMapping
    String requests(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String scope, Model model) {
        boolean shared = actor.organizationShared() && actor.organizationId() != null;
        boolean mine = !shared || "mine".equals(scope);
        var filter = new TicketFilter(List.of(), null, null, null, mine ? actor.id() : null, null, null);
        var result = tickets.list(actor, filter, new PageRequest(Math.max(page, 0), PageRequest.DEFAULT_SIZE));
        model.addAttribute("tickets", views.of(result.items()));
        model.addAttribute("result", result);
        model.addAttribute("shared", shared);
        model.addAttribute("scope", mine ? "mine" : "organization");
        return "ticket/portal/requests";
    }

    @GetMapping("/new")
    String newRequest(Model model) {
        model.addAttribute("form", new NewRequestForm("", "", null, null, null, null));
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("categories", categoryChoices.choices());
        return "ticket/portal/new";
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, NewRequestForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale) {
        try {
            Ticket ticket = tickets.create(actor, new NewTicket(form.subject(), form.body(), "text/plain", null, null,
                    null, null, form.category(), null, Channel.WEB.code(), Uploads.of(files)));
            return new ModelAndView("redirect:/portal/tickets/" + ticket.id());
        } catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("categories", categoryChoices.choices());
            return TicketForms.refused("ticket/portal/new", model, FormErrors.of(e, messages, locale, NEW_FIELDS));
        }
    }

    @GetMapping("/tickets/{id}")
    String ticket(Actor actor, @PathVariable long id, Model model) {
        fill(actor, tickets.get(actor, id), model);
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", ReplyForm.empty());
        }
        model.addAttribute("errors", FormErrors.NONE);
        return "ticket/portal/ticket";
    }

    @PostMapping("/tickets/{id}/articles")
    ModelAndView reply(Actor actor, @PathVariable long id, ReplyForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            articles.add(actor, id, new NewArticle(form.body(), form.contentType(), "public", Uploads.of(files)), Channel.WEB);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            fill(actor, tickets.get(actor, id), model);
            model.addAttribute("reply", form);
            return TicketForms.refused("ticket/portal/ticket", model, FormErrors.of(e, messages, locale, REPLY_FIELDS));
        }
        redirect.addFlashAttribute("flash", "ticket.page.replySent");
        return new ModelAndView("redirect:/portal/tickets/" + id + "#latest");
    }

    /** "Mark as solved" and "Reopen": the only changes a customer makes. */
    @PostMapping("/tickets/{id}/status")
    String status(Actor actor, @PathVariable long id, @RequestParam String status, RedirectAttributes redirect) {
        var changes = new TicketChanges(Change.to(TicketStatus.fromCode(status)), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent());
        tickets.update(actor, id, null, changes);
        redirect.addFlashAttribute("flash", "solved".equals(status) ? "ticket.page.markedSolved" : "ticket.page.reopened");
        return "redirect:/portal/tickets/" + id;
    }

    /** The conversation alone: live.js swaps it in when the team replies meanwhile. */
    @GetMapping("/tickets/{id}/timeline")
    String timeline(Actor actor, @PathVariable long id, Model model) {
        fill(actor, tickets.get(actor, id), model);
        return "ticket/portal/timeline";
    }

    private void fill(Actor actor, Ticket ticket, Model model) {
        model.addAttribute("ticket", views.of(ticket));
        model.addAttribute("timeline", TimelineView.of(tickets.timeline(actor, ticket.id()), directory));
    }
}
