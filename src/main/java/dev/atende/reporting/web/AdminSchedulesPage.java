package dev.atende.reporting.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.identity.UserManagement;
import dev.atende.reporting.ReportSchedules;
import dev.atende.reporting.ScheduleDraft;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/** Admins list, add and remove scheduled reports; the rules are {@link ReportSchedules}'. */
@Controller
@RequestMapping("/admin/reports/schedules")
class AdminSchedulesPage {

    private final ReportSchedules schedules;
    private final Directory directory;
    private final UserManagement users;
    private final MessageSource messages;

    AdminSchedulesPage(ReportSchedules schedules, Directory directory, UserManagement users, MessageSource messages) {
        this.schedules = schedules;
        this.directory = directory;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView list(Actor actor, Model model) {
        return page(actor, model, FormErrors.NONE, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView create(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String frequency, @RequestParam(required = false) Long group,
            @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) List<Long> recipients, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            schedules.create(actor, new ScheduleDraft(Change.to(name), Change.to(frequency), Change.to(group),
                    Change.to(timeZone == null || timeZone.isBlank() ? null : timeZone),
                    Change.to(recipients == null ? List.of() : recipients), Change.absent()));
        } catch (InvalidInputException e) {
            model.addAttribute("form", new Form(name, frequency, group, timeZone, recipients));
            return page(actor, model, FormErrors.of(e, messages, locale,
                    Set.of("name", "frequency", "group", "timeZone", "recipients")), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        redirect.addFlashAttribute("flash", "reporting.schedules.created");
        return new ModelAndView("redirect:/admin/reports/schedules");
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        schedules.delete(actor, id);
        redirect.addFlashAttribute("flash", "reporting.schedules.deleted");
        return "redirect:/admin/reports/schedules";
    }

    record Form(String name, String frequency, Long group, String timeZone, List<Long> recipients) {
    }

    private ModelAndView page(Actor actor, Model model, FormErrors errors, HttpStatus status) {
        model.addAttribute("schedules", schedules.list(actor));
        model.addAttribute("groups", directory.allGroups());
        List<User> staff = new ArrayList<>(users.list(actor, Role.ADMIN, null, null, new PageRequest(0, 200)).items());
        staff.addAll(users.list(actor, Role.AGENT, null, null, new PageRequest(0, 200)).items());
        model.addAttribute("staff", staff);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", "weekly", null, "", List.of()));
        }
        var view = new ModelAndView("reporting/schedules", model.asMap());
        view.setStatus(status);
        return view;
    }
}
