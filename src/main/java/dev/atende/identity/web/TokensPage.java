package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.identity.TokenManagement;
import dev.atende.identity.TokenManagement.TokenView;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own API tokens in the browser: the list, a new one (shown once, on the answer to the
 * form, never stored in the session), revoking. The rules are {@link TokenManagement}'s.
 */
@Controller
@RequestMapping("/profile/tokens")
class TokensPage {

    private static final String VIEW = "identity/tokens";

    private final TokenManagement tokens;
    private final CurrentActor current;
    private final MessageSource messages;

    TokensPage(TokenManagement tokens, CurrentActor current, MessageSource messages) {
        this.tokens = tokens;
        this.current = current;
        this.messages = messages;
    }

    /** {@code expires}: a date (yyyy-MM-dd); the token works until that day ends in the user's time zone. */
    record TokenForm(String name, String expires) {
    }

    @GetMapping
    ModelAndView list(Actor actor, Model model) {
        return page(actor, model, new TokenForm("", ""), FormErrors.NONE, null);
    }

    @PostMapping
    ModelAndView create(Actor actor, TokenForm form, Model model, Locale locale, HttpServletResponse response) {
        try {
            TokenView created = tokens.issue(actor, form.name(), expiry(form.expires()));
            response.setHeader("Cache-Control", "no-store"); // the token is in this page only
            return page(actor, model, new TokenForm("", ""), FormErrors.NONE, created);
        } catch (InvalidInputException e) {
            return page(actor, model, form, FormErrors.of(e, messages, locale, Set.of("name", "expiresAt")), null);
        }
    }

    @PostMapping("/{id}/revoke")
    ModelAndView revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("flash", "account.tokens.revoked");
        return new ModelAndView("redirect:/profile/tokens");
    }

    private java.time.Instant expiry(String date) {
        String value = FormPage.blankToNull(date);
        if (value == null) {
            return null;
        }
        try {
            ZoneId zone = current.zone();
            return LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("expiresAt", "error.token.expiryDate");
        }
    }

    private ModelAndView page(Actor actor, Model model, TokenForm form, FormErrors errors, TokenView created) {
        model.addAttribute("tokens", tokens.list(actor));
        model.addAttribute("created", created);
        return FormPage.show(VIEW, model, form, errors);
    }
}
