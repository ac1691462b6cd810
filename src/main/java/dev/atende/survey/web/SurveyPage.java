package dev.atende.survey.web;

import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.survey.SurveyAnswers;
import dev.atende.survey.SurveyForm;
import dev.atende.survey.SurveyInvitations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The customer's rating page, open without signing in: the token in the path is the only
 * authority. Opening it (as mail scanners do) records nothing; a form post does. The page shows
 * the ticket's number and subject and nothing else, never caches, and sends no referrer, so the
 * token does not travel further. Unknown or forged links answer 404, expired ones 410, both as
 * a plain page in the customer's language.
 */
@Controller
@RequestMapping("/survey/{token}")
class SurveyPage {

    private static final Set<String> FIELDS = Set.of("score", "comment");

    private final SurveyAnswers answers;
    private final SurveyInvitations invitations;
    private final MessageSource messages;
    private final Clock clock;
    private final ThymeleafViewResolver views;

    SurveyPage(SurveyAnswers answers, SurveyInvitations invitations, MessageSource messages, Clock clock,
            ThymeleafViewResolver views) {
        this.views = views;
        this.answers = answers;
        this.invitations = invitations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String score,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        SurveyForm form = answers.open(token);
        Locale locale = prepare(form, request, response);
        if (form.state() != SurveyForm.State.OPEN) {
            return unavailable(form, model, locale);
        }
        Integer chosen = score == null ? null : form.scale().parse(score); // a link pre-selects, nothing more
        return page(token, form, chosen != null ? chosen : form.score(), form.comment(), FormErrors.NONE, locale,
                model, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SurveyForm before = answers.open(token);
        Locale locale = prepare(before, request, response);
        if (before.state() != SurveyForm.State.OPEN) {
            return unavailable(before, model, locale);
        }
        try {
            SurveyForm after = answers.answer(token, score, comment);
            if (after.state() != SurveyForm.State.OPEN) { // expired between reading and answering
                return unavailable(after, model, locale);
            }
            model.addAttribute("form", after);
            model.addAttribute("answerLabel", invitations.label(after.scale(), after.score(), locale));
            model.addAttribute("changeable", after.expiresAt().isAfter(clock.instant()));
            model.addAttribute("token", token);
            return new ModelAndView(view("survey/thanks", locale), model.asMap());
        } catch (InvalidInputException e) {
            Integer chosen = before.scale().parse(score);
            String typed = comment == null || comment.length() > 10_000 ? null : comment; // echo what fits a form
            return page(token, before, chosen, typed, FormErrors.of(e, messages, locale, FIELDS), locale, model,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private ModelAndView page(String token, SurveyForm form, Integer chosen, String comment, FormErrors errors,
            Locale locale, Model model, HttpStatus status) {
        model.addAttribute("form", form);
        model.addAttribute("token", token);
        model.addAttribute("chosen", chosen);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", form.scale().scores().stream()
                .map(s -> new Choice(s, invitations.label(form.scale(), s, locale))).toList());
        var page = new ModelAndView(view("survey/page", locale), model.asMap());
        page.setStatus(status);
        return page;
    }

    private ModelAndView unavailable(SurveyForm form, Model model, Locale locale) {
        boolean expired = form.state() == SurveyForm.State.EXPIRED;
        model.addAttribute("expired", expired);
        var page = new ModelAndView(view("survey/unavailable", locale), model.asMap());
        page.setStatus(expired ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
        return page;
    }

    /**
     * The page speaks the customer's language when they chose one (the one their mail was in),
     * else the browser's; and it is private to the link's holder.
     */
    private static Locale prepare(SurveyForm form, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return form.locale() != null ? form.locale()
                : Locales.supported(request.getHeader("Accept-Language") == null ? null : request.getLocale());
    }

    /** The view in this language, whatever the request's own language is. */
    private View view(String name, Locale locale) {
        try {
            return views.resolveViewName(name, locale);
        } catch (Exception e) {
            throw new IllegalStateException("no view " + name, e);
        }
    }

    record Choice(int score, String label) {
    }

}
