package dev.atende.survey.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.Ids;
import dev.atende.shared.InvalidInputException;
import dev.atende.survey.Rating;
import dev.atende.survey.SettingsChanges;
import dev.atende.survey.SurveyScale;
import dev.atende.survey.SurveySettings;
import dev.atende.survey.SurveySettingsManagement;
import dev.atende.survey.TicketRatings;
import java.util.List;
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

/** Admins switch surveys on or off, pick the scale and the sending rules, and see the latest ratings. */
@Controller
@RequestMapping("/admin/surveys")
class AdminSurveyPage {

    private static final String VIEW = "survey/admin/settings";
    private static final Set<String> FIELDS = Set.of("scale", "intervalDays", "linkDays", "changeDays");
    private static final int LATEST = 20;

    private final SurveySettingsManagement settings;
    private final TicketRatings ratings;
    private final Directory directory;
    private final MessageSource messages;

    AdminSurveyPage(SurveySettingsManagement settings, TicketRatings ratings, Directory directory,
            MessageSource messages) {
        this.settings = settings;
        this.ratings = ratings;
        this.directory = directory;
        this.messages = messages;
    }

    /** The form as posted: numbers stay text, so that "abc" comes back with its error. */
    record SettingsForm(Boolean enabled, String scale, String intervalDays, String linkDays, String changeDays,
            Long version) {

        static SettingsForm of(SurveySettings s) {
            return new SettingsForm(s.enabled(), s.scale().code(), Integer.toString(s.intervalDays()),
                    Integer.toString(s.linkDays()), Integer.toString(s.changeDays()), s.version());
        }
    }

    @GetMapping
    String show(Actor actor, Model model) {
        fill(actor, model, SettingsForm.of(settings.get(actor)), FormErrors.NONE);
        return VIEW;
    }

    @PostMapping
    ModelAndView save(Actor actor, SettingsForm form, Model model, Locale locale, RedirectAttributes redirect) {
        settings.get(actor); // admins only, before anything is read from the form
        try {
            var problems = new InvalidInputException.Collector();
            SurveyScale scale = SurveyScale.fromCode(form.scale());
            if (scale == null) {
                problems.add("scale", "error.field.unknownValue", String.valueOf(form.scale()));
            }
            var changes = new SettingsChanges(Change.to(Boolean.TRUE.equals(form.enabled())),
                    scale == null ? Change.absent() : Change.to(scale), days(form.intervalDays(), "intervalDays", problems),
                    days(form.linkDays(), "linkDays", problems), days(form.changeDays(), "changeDays", problems));
            problems.throwIfAny();
            settings.update(actor, form.version(), changes);
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            fill(actor, model, form, FormErrors.of(e, messages, locale, FIELDS));
            var page = new ModelAndView(VIEW, model.asMap());
            page.setStatus(e.status() == 412 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        redirect.addFlashAttribute("flash", "survey.admin.saved");
        return new ModelAndView("redirect:/admin/surveys");
    }

    private static Change<Integer> days(String raw, String field, InvalidInputException.Collector problems) {
        String value = raw == null ? "" : raw.strip();
        if (!value.matches("\\d{1,4}")) {
            problems.add(field, "error.survey.wholeNumber");
            return Change.absent();
        }
        return Change.to(Integer.parseInt(value));
    }

    private void fill(Actor actor, Model model, SettingsForm form, FormErrors errors) {
        List<Rating> latest = ratings.latest(actor, LATEST);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scales", SurveyScale.values());
        model.addAttribute("latest", latest);
        var people = directory.users(Ids.nonNull(latest.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.customerId(), r.agentId())).toList()));
        model.addAttribute("people", people);
    }
}
