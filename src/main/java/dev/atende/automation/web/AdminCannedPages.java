package dev.atende.automation.web;

import dev.atende.automation.CannedResponse;
import dev.atende.automation.CannedResponseManagement;
import dev.atende.identity.Actor;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, search, write and remove canned responses. */
@Controller
@RequestMapping("/admin/canned-responses")
class AdminCannedPages {

    private final CannedResponseManagement responses;
    private final MessageSource messages;

    AdminCannedPages(CannedResponseManagement responses, MessageSource messages) {
        this.responses = responses;
        this.messages = messages;
    }

    record CannedForm(String name, String body, String locale) {
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, Model model) {
        String words = q == null || q.length() <= 100 ? q : q.substring(0, 100);
        model.addAttribute("responses", responses.search(actor, words, null));
        model.addAttribute("q", q);
        model.addAttribute("admin", actor.isAdmin());
        return "automation/admin/canned";
    }

    @GetMapping("/new")
    ModelAndView newResponse(Actor actor, Model model) {
        requireAdmin(actor);
        return form(model, null, new CannedForm("", "", ""), ErrorsView.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, CannedForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            responses.create(actor, changes(form));
            return saved(redirect, form);
        } catch (InvalidInputException e) {
            return form(model, null, form, ErrorsView.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        requireAdmin(actor);
        CannedResponse response = responses.get(actor, id);
        return form(model, response, new CannedForm(response.name(), response.body(),
                response.locale() == null ? "" : response.locale()), ErrorsView.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, CannedForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            responses.update(actor, id, changes(form));
            return saved(redirect, form);
        } catch (InvalidInputException e) {
            return form(model, responses.get(actor, id), form, ErrorsView.of(e, messages, locale));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String name = responses.get(actor, id).name();
        responses.delete(actor, id);
        redirect.addFlashAttribute("flash", "automation.admin.deleted");
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/admin/canned-responses";
    }

    private static CannedResponseManagement.Changes changes(CannedForm form) {
        String locale = form.locale() == null || form.locale().isBlank() ? null : form.locale();
        return new CannedResponseManagement.Changes(Change.to(form.name()),
                Change.to(form.body() == null ? null : form.body().replace("\r\n", "\n")), Change.to(locale));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new dev.atende.shared.ForbiddenException("error.automation.adminOnly");
        }
    }

    private ModelAndView form(Model model, CannedResponse response, CannedForm form, ErrorsView errors) {
        model.addAttribute("response", response);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var page = new ModelAndView("automation/admin/canned-form", model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private static ModelAndView saved(RedirectAttributes redirect, CannedForm form) {
        redirect.addFlashAttribute("flash", "automation.admin.saved");
        redirect.addFlashAttribute("flashArg", form.name());
        return new ModelAndView("redirect:/admin/canned-responses");
    }
}
