package dev.atende.automation.web;

import dev.atende.automation.MacroManagement;
import dev.atende.automation.RuleChanges;
import dev.atende.automation.RuleRun;
import dev.atende.automation.ScheduledRuleManagement;
import dev.atende.automation.TriggerManagement;
import dev.atende.automation.internal.RuleJson;
import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Admin pages for triggers, scheduled rules and macros: a list with each rule's last run, and a
 * form with the conditions and actions as JSON (the API's shape), refused with every problem and
 * its place in the JSON; each rule shows the tickets it acted on lately.
 */
@Controller
@RequestMapping("/admin/{kind:triggers|schedules|macros}")
class AdminRulePages {

    private final TriggerManagement triggers;
    private final ScheduledRuleManagement schedules;
    private final MacroManagement macros;
    private final MessageSource messages;

    AdminRulePages(TriggerManagement triggers, ScheduledRuleManagement schedules, MacroManagement macros,
            MessageSource messages) {
        this.triggers = triggers;
        this.schedules = schedules;
        this.macros = macros;
        this.messages = messages;
    }

    /** One rule as the pages show it, whatever its kind. */
    record Row(long id, String name, String event, boolean active, int order, Instant lastRun) {
    }

    /** The form: conditions and actions as JSON text. */
    record RuleForm(String name, String event, Integer order, Boolean active, String conditions, String actions) {
    }

    @GetMapping
    String list(Actor actor, @PathVariable String kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("rules", rows(actor, kind));
        return "automation/admin/rules";
    }

    @GetMapping("/new")
    ModelAndView newRule(Actor actor, @PathVariable String kind, Model model) {
        rows(actor, kind); // admins only
        String conditions = kind.equals("macros") ? "" : "{\n  \"all\": [],\n  \"any\": []\n}";
        return form(model, kind, null, new RuleForm("", "ticket.created", 0, true, conditions, "[\n]"),
                List.of(), ErrorsView.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, @PathVariable String kind, RuleForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            RuleChanges changes = changes(kind, form);
            long id = switch (kind) {
                case "triggers" -> triggers.create(actor, changes).id();
                case "schedules" -> schedules.create(actor, changes).id();
                default -> macros.create(actor, changes).id();
            };
            redirect.addFlashAttribute("flash", "automation.admin.saved");
            redirect.addFlashAttribute("flashArg", form.name());
            return new ModelAndView("redirect:/admin/" + kind + "/" + id);
        } catch (InvalidInputException e) {
            return form(model, kind, null, form, List.of(), ErrorsView.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable String kind, @PathVariable long id, Model model) {
        return form(model, kind, row(actor, kind, id), current(actor, kind, id), runs(actor, kind, id),
                ErrorsView.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable String kind, @PathVariable long id, RuleForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            RuleChanges changes = changes(kind, form);
            switch (kind) {
                case "triggers" -> triggers.update(actor, id, changes);
                case "schedules" -> schedules.update(actor, id, changes);
                default -> macros.update(actor, id, changes);
            }
            redirect.addFlashAttribute("flash", "automation.admin.saved");
            redirect.addFlashAttribute("flashArg", form.name());
            return new ModelAndView("redirect:/admin/" + kind + "/" + id);
        } catch (InvalidInputException e) {
            return form(model, kind, row(actor, kind, id), form, runs(actor, kind, id),
                    ErrorsView.of(e, messages, locale));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        String name = row(actor, kind, id).name();
        switch (kind) {
            case "triggers" -> triggers.delete(actor, id);
            case "schedules" -> schedules.delete(actor, id);
            default -> macros.delete(actor, id);
        }
        redirect.addFlashAttribute("flash", "automation.admin.deleted");
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/admin/" + kind;
    }

    private ModelAndView form(Model model, String kind, Row rule, RuleForm form, List<RuleRun> runs,
            ErrorsView errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("runs", runs);
        model.addAttribute("errors", errors);
        var page = new ModelAndView("automation/admin/rule-form", model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    /** The form as the API's changes; JSON that does not parse is refused at its field. */
    private static RuleChanges changes(String kind, RuleForm form) {
        var problems = new InvalidInputException.Collector();
        Change<JsonNode> conditions = kind.equals("macros") ? Change.absent()
                : Change.to(json(form.conditions(), "conditions", problems));
        Change<JsonNode> actions = Change.to(json(form.actions(), "actions", problems));
        problems.throwIfAny();
        return new RuleChanges(Change.to(form.name()),
                kind.equals("triggers") ? Change.to(form.event()) : Change.absent(), conditions, actions,
                Change.to(Boolean.TRUE.equals(form.active())),
                kind.equals("macros") ? Change.absent() : Change.to(form.order() == null ? 0 : form.order()));
    }

    private static JsonNode json(String text, String field, InvalidInputException.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RuleJson.parse(text);
        } catch (JacksonException e) {
            problems.add(field, "automation.admin.badJson");
            return null;
        }
    }

    private List<Row> rows(Actor actor, String kind) {
        return switch (kind) {
            case "triggers" -> triggers.list(actor).stream().map(t -> new Row(t.id(), t.name(), t.event().code(),
                    t.isActive(), t.order(), triggers.lastRun(t.id()).orElse(null))).toList();
            case "schedules" -> schedules.list(actor).stream().map(r -> new Row(r.id(), r.name(), null, r.isActive(),
                    r.order(), schedules.lastRun(r.id()).orElse(null))).toList();
            default -> macros.list(actor).stream().map(m -> new Row(m.id(), m.name(),
                    null, m.isActive(), 0, macros.lastRun(m.id()).orElse(null))).toList();
        };
    }

    private Row row(Actor actor, String kind, long id) {
        return rows(actor, kind).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("error.automation.ruleNotFound"));
    }

    private RuleForm current(Actor actor, String kind, long id) {
        return switch (kind) {
            case "triggers" -> {
                var t = triggers.get(actor, id);
                yield new RuleForm(t.name(), t.event().code(), t.order(), t.isActive(), pretty(t.conditionsJson()),
                        pretty(t.actionsJson()));
            }
            case "schedules" -> {
                var r = schedules.get(actor, id);
                yield new RuleForm(r.name(), null, r.order(), r.isActive(), pretty(r.conditionsJson()),
                        pretty(r.actionsJson()));
            }
            default -> {
                var m = macros.get(actor, id);
                yield new RuleForm(m.name(), null, null, m.isActive(), null, pretty(m.actionsJson()));
            }
        };
    }

    private List<RuleRun> runs(Actor actor, String kind, long id) {
        return switch (kind) {
            case "triggers" -> triggers.runs(actor, id, 20);
            case "schedules" -> schedules.runs(actor, id, 20);
            default -> macros.runs(actor, id, 20);
        };
    }

    private static String pretty(String json) {
        return RuleJson.pretty(json);
    }
}
