package dev.atende.sla.web;

import dev.atende.identity.Actor;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.sla.BrazilianHolidays;
import dev.atende.sla.CalendarManagement;
import dev.atende.sla.SlaCalendar;
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

/** Admins list, create and change business calendars; every rule is {@link CalendarManagement}'s. */
@Controller
@RequestMapping("/admin/calendars")
class AdminCalendarsPage {

    private static final String FORM = "sla/admin/calendar-form";
    private static final Set<String> FIELDS = Set.of("name", "timeZone", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "holidays");

    private final CalendarManagement calendars;
    private final MessageSource messages;

    AdminCalendarsPage(CalendarManagement calendars, MessageSource messages) {
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("calendars", calendars.list(actor).stream().map(CalendarForm::of).toList());
        model.addAttribute("ids", calendars.list(actor).stream().map(SlaCalendar::id).toList());
        return "sla/admin/calendars";
    }

    @GetMapping("/new")
    ModelAndView newCalendar(Actor actor, Model model) {
        calendars.list(actor); // staff only
        return form(model, null, CalendarForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, CalendarForm form, @RequestParam(required = false) String preset, Model model,
            Locale locale, RedirectAttributes redirect) {
        if ("brazil".equals(preset)) {
            return form(model, null, form.withHolidays(BrazilianHolidays.national()), FormErrors.NONE);
        }
        try {
            return saved(redirect, "sla.admin.calendars.created", calendars.create(actor, form.draft()));
        } catch (InvalidInputException e) {
            return form(model, null, form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        SlaCalendar calendar = calendars.get(actor, id);
        return form(model, calendar, CalendarForm.of(calendar), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, CalendarForm form,
            @RequestParam(required = false) String preset, Model model, Locale locale, RedirectAttributes redirect) {
        SlaCalendar calendar = calendars.get(actor, id);
        if ("brazil".equals(preset)) {
            return form(model, calendar, form.withHolidays(BrazilianHolidays.national()), FormErrors.NONE);
        }
        try {
            return saved(redirect, "sla.admin.calendars.saved", calendars.update(actor, id, null, form.draft()));
        } catch (InvalidInputException e) {
            return form(model, calendar, form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    private static ModelAndView form(Model model, SlaCalendar calendar, CalendarForm form, FormErrors errors) {
        model.addAttribute("calendar", calendar);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var page = new ModelAndView(FORM, model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, SlaCalendar calendar) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", calendar.name());
        return new ModelAndView("redirect:/admin/calendars");
    }
}
