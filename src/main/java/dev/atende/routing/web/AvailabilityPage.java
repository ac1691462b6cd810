package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.routing.Availability;
import dev.atende.routing.AvailabilityManagement;
import dev.atende.routing.AvailabilityStatus;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agent's own availability: online, away or offline, optionally until a time (out of office). */
@Controller
@RequestMapping("/agent/availability")
class AvailabilityPage {

    private static final String VIEW = "routing/availability";

    private final AvailabilityManagement availability;
    private final MessageSource messages;

    AvailabilityPage(AvailabilityManagement availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    /** {@code until} as a datetime-local input sends it: {@code 2026-12-01T08:00}, read as UTC. */
    record AvailabilityForm(String status, String until) {
    }

    @GetMapping
    ModelAndView show(Actor actor, Model model) {
        Availability now = availability.get(actor, actor.id());
        String until = now.until() == null ? "" : LocalDateTime.ofInstant(now.until(), ZoneOffset.UTC).toString();
        return page(model, now, new AvailabilityForm(now.status().code(), until), FormErrors.NONE);
    }

    @PostMapping
    ModelAndView save(Actor actor, AvailabilityForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            availability.set(actor, actor.id(), AvailabilityStatus.fromCode(form.status()), until(form.until()));
        } catch (InvalidInputException e) {
            return page(model, availability.get(actor, actor.id()), form,
                    FormErrors.of(e, messages, locale, Set.of("status", "until")));
        }
        redirect.addFlashAttribute("flash", "routing.availability.saved");
        return new ModelAndView("redirect:/agent/availability");
    }

    private static Instant until(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("until", "error.availability.untilFormat");
        }
    }

    private ModelAndView page(Model model, Availability now, AvailabilityForm form, FormErrors errors) {
        model.addAttribute("current", now);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", AvailabilityStatus.values());
        var page = new ModelAndView(VIEW, model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }
}
