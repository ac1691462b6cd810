package dev.atende.ticket.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.ArticleManagement;
import dev.atende.ticket.ArticleNotes;
import dev.atende.ticket.CategoryManagement;
import dev.atende.ticket.Timeline;
import dev.atende.ticket.Channel;
import dev.atende.ticket.NewArticle;
import dev.atende.ticket.NewTicket;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketFilter;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketViewManagement;
import dev.atende.ticket.web.TicketForms.FieldsForm;
import dev.atende.ticket.web.TicketForms.NewRequestForm;
import dev.atende.ticket.web.TicketForms.ReplyForm;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The agent's desk: queues, the ticket view with its timeline, field changes, replies and notes. */
@Controller
@RequestMapping("/agent")
class AgentTicketPages {

    private static final Set<String> FIELDS = Set.of("status", "priority", "group", "assignee", "category", "tags",
            "subject");
    private static final Set<String> REPLY_FIELDS = Set.of("body", "files");
    private static final Set<String> NEW_FIELDS = Set.of("subject", "body", "category", "priority", "customer.email",
            "files");

    private final TicketManagement tickets;
    private final ArticleManagement articles;
    private final TicketViews views;
    private final Directory directory;
    private final MessageSource messages;
    private final List<ArticleNotes> articleNotes;
    private final Clock clock;
    private final CategoryManagement categoryChoices;
    private final QueueTable table;
    private final TicketViewManagement savedViews;
    private final TicketSidePanels sidePanels;

    AgentTicketPages(TicketManagement tickets, ArticleManagement articles, TicketViews views, Directory directory,
            MessageSource messages, List<ArticleNotes> articleNotes, Clock clock, CategoryManagement categoryChoices,
            QueueTable table, TicketViewManagement savedViews, TicketSidePanels sidePanels) {
        this.table = table;
        this.savedViews = savedViews;
        this.sidePanels = sidePanels;
        this.categoryChoices = categoryChoices;
        this.articleNotes = articleNotes;
        this.clock = clock;
        this.tickets = tickets;
        this.articles = articles;
        this.views = views;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String queue(Actor actor, @RequestParam(defaultValue = "mine") String view,
            @RequestParam(required = false) String q, @RequestParam(required = false) String priority,
            @RequestParam(required = false) Long group, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Queue queue = Queue.of(view);
        Priority p = priority == null || priority.isBlank() ? null : Priority.fromCode(priority);
        var filter = queue.filter(p, group, q, sort, clock.instant());
        var result = tickets.window(actor, filter, new PageRequest(Math.min(Math.max(page, 0), 10_000),
                PageRequest.DEFAULT_SIZE));
        model.addAttribute("queue", queue.code);
        model.addAttribute("queues", Queue.CODES);
        table.fill(model, actor, result, QueueTable.defaultColumns(), filter.sort());
        model.addAttribute("savedViews", savedViews.list(actor));
        model.addAttribute("q", q);
        model.addAttribute("priority", p == null ? null : p.code());
        model.addAttribute("group", group);
        model.addAttribute("sort", sort);
        model.addAttribute("groups", directory.allGroups());
        return "ticket/agent/queue";
    }

    static List<String> queueCodes() {
        return Queue.CODES;
    }

    /**
     * How many tickets wait in each queue, as a fragment the queue page loads after it is shown
     * (and again when the live updates say something changed), so that counting never holds up
     * the list itself.
     */
    /** Beyond this a queue's count reads "1,000+". */
    static final int COUNT_LIMIT = 1000;

    @GetMapping("/queue-counts")
    String queueCounts(Actor actor, @RequestParam(defaultValue = "mine") String view,
            @RequestParam(required = false) Long saved, Model model) {
        Instant now = clock.instant();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String code : Queue.CODES) {
            if (!code.equals("all") && !code.equals("solved")) { // the closed past is not a to-do
                counts.put(code, tickets.countUpTo(actor, Queue.of(code).filter(null, null, null, null, now),
                        COUNT_LIMIT + 1));
            }
        }
        var viewList = savedViews.list(actor);
        Map<Long, Long> viewCounts = new HashMap<>();
        viewList.forEach(v -> viewCounts.put(v.id(), savedViews.countUpTo(actor, v, COUNT_LIMIT + 1)));
        model.addAttribute("counts", counts);
        model.addAttribute("savedViews", viewList);
        model.addAttribute("viewCounts", viewCounts);
        model.addAttribute("savedView", saved == null ? null : viewList.stream()
                .filter(v -> v.id().equals(saved)).findFirst().orElse(null));
        model.addAttribute("countLimit", COUNT_LIMIT);
        model.addAttribute("queue", saved != null ? null : Queue.of(view).code());
        model.addAttribute("queues", Queue.CODES);
        return "ticket/agent/queue-tabs :: tabs";
    }

    @GetMapping("/tickets/{id}")
    String ticket(Actor actor, @PathVariable long id, Model model) {
        var ticket = tickets.get(actor, id);
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", new FieldsForm(ticket.status().code(), ticket.priority().code(),
                    ticket.groupId(), ticket.assigneeId(), ticket.categoryId(), String.join(", ", ticket.tags()),
                    ticket.subject(), ticket.version()));
        }
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", ReplyForm.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        fillTicketPage(actor, ticket, model);
        return "ticket/agent/ticket";
    }

    @PostMapping("/tickets/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, FieldsForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        var changes = new TicketChanges(Change.to(TicketStatus.fromCode(form.status())),
                Change.to(Priority.fromCode(form.priority())), Change.to(form.group()), Change.to(form.assignee()),
                Change.to(form.category()), Change.to(TicketForms.tags(form.tags())), Change.to(form.subject()));
        try {
            tickets.update(actor, id, form.version(), changes);
        } catch (PreconditionFailedException e) {
            model.addAttribute("stale", true);
            return refusedTicket(actor, id, form, ReplyForm.empty(), e, model, locale);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return refusedTicket(actor, id, form, ReplyForm.empty(), e, model, locale);
        }
        redirect.addFlashAttribute("flash", "ticket.page.saved");
        return new ModelAndView("redirect:/agent/tickets/" + id);
    }

    @PostMapping("/tickets/{id}/articles")
    ModelAndView reply(Actor actor, @PathVariable long id, ReplyForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            RedirectAttributes redirect) {
        String visibility = Boolean.TRUE.equals(form.internal()) ? "internal" : "public";
        try {
            articles.add(actor, id, new NewArticle(form.body(), form.contentType(), visibility, Uploads.of(files)),
                    Channel.WEB);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return refusedTicket(actor, id, null, form, e, model, locale);
        }
        redirect.addFlashAttribute("flash", visibility.equals("internal") ? "ticket.page.noteAdded"
                : "ticket.page.replySent");
        return new ModelAndView("redirect:/agent/tickets/" + id + "#latest");
    }

    /** The conversation alone: live.js swaps it in when someone writes meanwhile (the draft stays). */
    @GetMapping("/tickets/{id}/timeline")
    String timeline(Actor actor, @PathVariable long id, Model model) {
        var ticket = tickets.get(actor, id);
        var timeline = tickets.timeline(actor, ticket.id());
        model.addAttribute("timeline", TimelineView.of(timeline, directory, notes(ticket.id(), timeline)));
        return "ticket/agent/timeline";
    }

    @GetMapping("/tickets/new")
    String newTicket(Model model) {
        model.addAttribute("form", new NewRequestForm("", "", null, "normal", "", ""));
        model.addAttribute("errors", FormErrors.NONE);
        return newTicketPage(model);
    }

    @PostMapping("/tickets/new")
    ModelAndView create(Actor actor, NewRequestForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale) {
        try {
            Ticket ticket = tickets.create(actor, new NewTicket(form.subject(), form.body(), "text/plain",
                    TicketForms.blankToNull(form.customerEmail()), TicketForms.blankToNull(form.customerName()),
                    TicketForms.blankToNull(form.priority()), null, form.category(), null, Channel.PHONE.code(),
                    Uploads.of(files)));
            return new ModelAndView("redirect:/agent/tickets/" + ticket.id());
        } catch (DomainException e) {
            model.addAttribute("form", form);
            newTicketPage(model);
            return TicketForms.refused("ticket/agent/new", model, FormErrors.of(e, messages, locale, NEW_FIELDS));
        }
    }

    private String newTicketPage(Model model) {
        model.addAttribute("categories", categoryChoices.choices());
        model.addAttribute("priorities", Priority.values());
        return "ticket/agent/new";
    }

    private ModelAndView refusedTicket(Actor actor, long id, FieldsForm fields, ReplyForm reply, DomainException e,
            Model model, Locale locale) {
        Ticket ticket = tickets.get(actor, id);
        model.addAttribute("fields", fields != null ? fields : new FieldsForm(ticket.status().code(),
                ticket.priority().code(), ticket.groupId(), ticket.assigneeId(), ticket.categoryId(),
                String.join(", ", ticket.tags()), ticket.subject(), ticket.version()));
        model.addAttribute("reply", reply);
        fillTicketPage(actor, ticket, model);
        return TicketForms.refused("ticket/agent/ticket", model,
                FormErrors.of(e, messages, locale, fields != null ? FIELDS : REPLY_FIELDS));
    }

    private void fillTicketPage(Actor actor, Ticket ticket, Model model) {
        var view = views.of(ticket, actor);
        model.addAttribute("ticket", view);
        model.addAttribute("slaBadge", SlaBadge.of(view.sla(), clock.instant()));
        var timeline = tickets.timeline(actor, ticket.id());
        model.addAttribute("timeline", TimelineView.of(timeline, directory, notes(ticket.id(), timeline)));
        model.addAttribute("statuses", ticket.status().choices());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("groups", directory.allGroups());
        model.addAttribute("assignees", directory.assignableMembers(ticket.groupId()));
        model.addAttribute("categories", categoryChoices.choices());
        sidePanels.fill(actor, ticket, model); // links, the customer panel, the fields changed in place
    }

    private Map<Long, List<ArticleNotes.Note>> notes(long ticketId, Timeline timeline) {
        List<Long> ids = timeline.entries().stream().filter(Timeline.Message.class::isInstance)
                .map(e -> ((Timeline.Message) e).article().id()).toList();
        Map<Long, List<ArticleNotes.Note>> all = new HashMap<>();
        for (ArticleNotes source : articleNotes) {
            source.forArticles(ticketId, ids).forEach((id, list) -> all.computeIfAbsent(id, k -> new ArrayList<>())
                    .addAll(list));
        }
        return all;
    }

    /**
     * The agent's standard queues. "breaching": active tickets whose next SLA deadline is within
     * two hours or already missed, soonest first; "recent": anything changed in the last day.
     */
    private record Queue(String code, List<TicketStatus> statuses, String assignee, String sort, boolean dueSoon,
            boolean recent) {

        static final List<String> CODES = List.of("mine", "unassigned", "open", "pending", "breaching", "recent",
                "solved", "all");
        static final java.time.Duration DUE_SOON = java.time.Duration.ofHours(2);
        static final java.time.Duration RECENT = java.time.Duration.ofDays(1);
        private static final List<TicketStatus> ACTIVE = List.of(TicketStatus.NEW, TicketStatus.OPEN,
                TicketStatus.PENDING, TicketStatus.ON_HOLD);

        static Queue of(String code) {
            return switch (code) {
                case "unassigned" -> new Queue(code, ACTIVE, "none", null, false, false);
                case "open" -> new Queue(code, ACTIVE, null, null, false, false);
                case "pending" -> new Queue(code, List.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), null, null,
                        false, false);
                case "breaching" -> new Queue(code, ACTIVE, null, "due", true, false);
                case "recent" -> new Queue(code, List.of(), null, null, false, true);
                case "solved" -> new Queue(code, List.of(TicketStatus.SOLVED, TicketStatus.CLOSED), null, null,
                        false, false);
                case "all" -> new Queue(code, List.of(), null, null, false, false);
                default -> new Queue("mine", ACTIVE, "me", null, false, false);
            };
        }

        TicketFilter filter(Priority priority, Long group, String query, String sort, Instant now) {
            return new TicketFilter(statuses, priority, group, assignee, null, query,
                    sort == null || sort.isBlank() ? this.sort : sort, dueSoon ? now.plus(DUE_SOON) : null,
                    recent ? now.minus(RECENT) : null);
        }
    }
}
