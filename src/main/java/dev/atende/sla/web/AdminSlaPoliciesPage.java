package dev.atende.sla.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.OrganizationManagement;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.sla.CalendarManagement;
import dev.atende.sla.SlaCalendar;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaPolicyManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, create and change SLA policies; every rule is {@link SlaPolicyManagement}'s. */
@Controller
@RequestMapping("/admin/sla-policies")
class AdminSlaPoliciesPage {

    private static final String FORM = "sla/admin/policy-form";
    private static final Set<String> FIELDS = Set.of("name", "order", "calendar", "firstResponseMinutes",
            "nextResponseMinutes", "resolutionMinutes", "warnAtPercent", "customer");

    private final SlaPolicyManagement policies;
    private final CalendarManagement calendars;
    private final Directory directory;
    private final OrganizationManagement organizations;
    private final TicketManagement tickets;
    private final MessageSource messages;

    AdminSlaPoliciesPage(SlaPolicyManagement policies, CalendarManagement calendars, Directory directory,
            OrganizationManagement organizations, TicketManagement tickets, MessageSource messages) {
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
        this.organizations = organizations;
        this.tickets = tickets;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("policies", policies.list(actor));
        model.addAttribute("calendarNames", calendars.list(actor).stream()
                .collect(Collectors.toMap(SlaCalendar::id, SlaCalendar::name)));
        return "sla/admin/policies";
    }

    @GetMapping("/new")
    ModelAndView newPolicy(Actor actor, Model model, Locale locale) {
        return form(actor, model, null, PolicyForm.blank(), FormErrors.NONE, locale);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, PolicyForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            return saved(redirect, "sla.admin.policies.created", policies.create(actor, form.draft()));
        } catch (InvalidInputException e) {
            return form(actor, model, null, form, FormErrors.of(e, messages, locale, FIELDS), locale);
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model, Locale locale) {
        SlaPolicy policy = policies.get(actor, id);
        return form(actor, model, policy, PolicyForm.of(policy), FormErrors.NONE, locale);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, PolicyForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        SlaPolicy policy = policies.get(actor, id);
        try {
            return saved(redirect, "sla.admin.policies.saved", policies.update(actor, id, null, form.draft()));
        } catch (InvalidInputException e) {
            return form(actor, model, policy, form, FormErrors.of(e, messages, locale, FIELDS), locale);
        }
    }

    /** One kind of condition a policy may tick values of. */
    record ConditionChoices(String field, String legend, List<Choice> options) {
    }

    record Choice(String value, String label) {
    }

    private List<ConditionChoices> choices(Actor actor, Locale locale) {
        return List.of(
                new ConditionChoices("priority", text("sla.field.priority", locale), Arrays.stream(Priority.values())
                        .map(p -> new Choice(p.code(), text("ticket.priority." + p.code(), locale))).toList()),
                new ConditionChoices("channel", text("sla.field.channel", locale), Arrays.stream(Channel.values())
                        .map(c -> new Choice(c.code(), text("ticket.channel." + c.code(), locale))).toList()),
                new ConditionChoices("group", text("web.field.groups", locale), directory.allGroups().stream()
                        .map(g -> new Choice(Long.toString(g.id()), g.name())).toList()),
                new ConditionChoices("organization", text("sla.field.organization", locale),
                        organizations.list(actor).stream().map(o -> new Choice(Long.toString(o.id()), o.name())).toList()),
                new ConditionChoices("category", text("sla.field.category", locale), tickets.categories().stream()
                        .map(c -> new Choice(Long.toString(c.id()), c.name())).toList()));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private ModelAndView form(Actor actor, Model model, SlaPolicy policy, PolicyForm form, FormErrors errors,
            Locale locale) {
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("calendars", calendars.list(actor));
        model.addAttribute("choices", choices(actor, locale));
        var page = new ModelAndView(FORM, model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, SlaPolicy policy) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", policy.name());
        return new ModelAndView("redirect:/admin/sla-policies");
    }
}
