package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.PageRequest;
import dev.atende.ticket.BulkChanges;
import dev.atende.ticket.BulkResult;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketBulkManagement;
import dev.atende.ticket.TicketLinks;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketView;
import dev.atende.ticket.TicketViewManagement;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saved views on the agent desk (run, create, change, delete) and the bulk actions of the queue table. */
@Controller
@RequestMapping("/agent")
class AgentViewPages {

    private static final Set<String> FORM_FIELDS = Set.of("name", "sharing", "sharedWith", "statuses", "group",
            "assignee", "priority", "channel", "category", "tags", "dueWithinMinutes", "updatedWithinHours", "columns",
            "sort");

    private final TicketViewManagement views;
    private final TicketBulkManagement bulk;
    private final QueueTable table;
    private final Directory directory;
    private final CategoryManagement categories;
    private final MessageSource messages;
    private final TicketLinks links;

    AgentViewPages(TicketViewManagement views, TicketBulkManagement bulk, QueueTable table, Directory directory,
            CategoryManagement categories, MessageSource messages, TicketLinks links) {
        this.links = links;
        this.views = views;
        this.bulk = bulk;
        this.table = table;
        this.directory = directory;
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping("/views/{id}")
    String run(Actor actor, @PathVariable long id, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        TicketView view = views.get(actor, id);
        var result = views.tickets(actor, id, sort, new PageRequest(Math.min(Math.max(page, 0), 10_000),
                PageRequest.DEFAULT_SIZE));
        table.fill(model, actor, result, view.columns(), sort == null || sort.isBlank() ? view.sort() : sort.strip());
        model.addAttribute("savedView", view);
        model.addAttribute("sort", sort == null || sort.isBlank() ? null : sort.strip()); // the pager keeps it
        model.addAttribute("editable", TicketViewManagement.canEdit(actor, view));
        model.addAttribute("queue", null);
        model.addAttribute("queues", AgentTicketPages.queueCodes());
        model.addAttribute("savedViews", views.list(actor));
        model.addAttribute("groups", directory.allGroups());
        return "ticket/agent/queue";
    }

    @GetMapping("/views/new")
    String newView(Actor actor, Model model) {
        views.list(actor); // agents and admins only
        return form(actor, ViewForm.empty(), null, FormErrors.NONE, model);
    }

    @PostMapping("/views")
    ModelAndView create(Actor actor, ViewForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            TicketView view = views.create(actor, form.input());
            redirect.addFlashAttribute("flash", "ticket.view.saved");
            return new ModelAndView("redirect:/agent/views/" + view.id());
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            form(actor, form, null, null, model);
            return TicketForms.refused("ticket/agent/view-form", model, FormErrors.of(e, messages, locale, FORM_FIELDS));
        }
    }

    @GetMapping("/views/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        TicketView view = views.get(actor, id);
        if (!TicketViewManagement.canEdit(actor, view)) {
            throw new dev.atende.shared.ForbiddenException("error.view.editForbidden");
        }
        return form(actor, ViewForm.of(view), view, FormErrors.NONE, model);
    }

    @PostMapping("/views/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, ViewForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            var input = form.input();
            views.update(actor, id, saved -> input);
            redirect.addFlashAttribute("flash", "ticket.view.saved");
            return new ModelAndView("redirect:/agent/views/" + id);
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            form(actor, form, views.get(actor, id), null, model);
            return TicketForms.refused("ticket/agent/view-form", model, FormErrors.of(e, messages, locale, FORM_FIELDS));
        }
    }

    @PostMapping("/views/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        views.delete(actor, id);
        redirect.addFlashAttribute("flash", "ticket.view.deleted");
        return "redirect:/agent";
    }

    /**
     * The bulk form of the queue table: the checked tickets and the fields to change ("" leaves a
     * field alone; assignee "none" unassigns). Back to the same queue with a line per skipped ticket.
     */
    @PostMapping("/tickets/bulk")
    String bulk(Actor actor, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String addTags,
            @RequestParam(required = false) String removeTags, @RequestParam(required = false) String back,
            Locale locale, RedirectAttributes redirect) {
        String target = "redirect:" + QueueTable.safeBack(back);
        try {
            var changes = new BulkChanges(
                    status == null || status.isBlank() ? Change.absent() : Change.to(code(TicketStatus.fromCode(status))),
                    priority == null || priority.isBlank() ? Change.absent() : Change.to(code(Priority.fromCode(priority))),
                    assignee == null || assignee.isBlank() ? Change.absent()
                            : Change.to(assignee.equals("none") ? null : parseId(assignee)),
                    TicketForms.tags(addTags), TicketForms.tags(removeTags));
            BulkResult result = bulk.apply(actor, ids, changes);
            redirect.addFlashAttribute("bulkResult", table.summary(actor, result, locale));
        } catch (DomainException e) {
            refused(e, locale, redirect);
        }
        return target;
    }

    /** The checked tickets merged into the one whose number is typed ({@code into}, "#10042" or "10042"). */
    @PostMapping("/tickets/bulk/merge")
    String bulkMerge(Actor actor, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String into, @RequestParam(required = false) String back, Locale locale,
            RedirectAttributes redirect) {
        try {
            String digits = into == null ? "" : into.strip().replaceFirst("^#", "");
            if (!digits.matches("\\d{1,18}")) {
                throw dev.atende.shared.InvalidInputException.of("into", "error.ticket.merge.targetNotFound");
            }
            Long target = links.visibleByNumber(actor, Long.parseLong(digits)).map(Ticket::id).orElseThrow(
                    () -> dev.atende.shared.InvalidInputException.of("into", "error.ticket.merge.targetNotFound"));
            redirect.addFlashAttribute("bulkResult", table.summary(actor, bulk.mergeInto(actor, ids, target), locale));
        } catch (DomainException e) {
            refused(e, locale, redirect);
        }
        return "redirect:" + QueueTable.safeBack(back);
    }

    /** A bulk request refused as a whole (422): nothing changed, the reason above the queue. */
    private void refused(DomainException e, Locale locale, RedirectAttributes redirect) {
        if (e.status() != 422) {
            throw e;
        }
        redirect.addFlashAttribute("flashError", "ticket.bulk.refused");
        redirect.addFlashAttribute("flashErrorArg", FormErrors.of(e, messages, locale, Set.of()).global()
                .stream().findFirst().orElse(""));
    }

    private static <T> T code(T value) {
        if (value == null) {
            throw dev.atende.shared.InvalidInputException.of("changes", "error.field.unknownValue", "?");
        }
        return value;
    }

    private static Long parseId(String raw) {
        if (!raw.matches("\\d{1,18}")) {
            throw dev.atende.shared.InvalidInputException.of("assignee", "error.field.id");
        }
        return Long.parseLong(raw);
    }

    private String form(Actor actor, ViewForm form, TicketView view, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("canShare", actor.isAdmin());
        model.addAttribute("groups", directory.allGroups());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", categories.choices());
        model.addAttribute("people", table.assigneesFor(actor));
        model.addAttribute("columnChoices", TicketView.COLUMNS);
        model.addAttribute("sortChoices", TicketView.SORTS);
        return "ticket/agent/view-form";
    }
}
