package dev.atende.identity.web;

import dev.atende.identity.AccountLinkRefused;
import dev.atende.identity.AccountManagement;
import dev.atende.identity.AccountRequestsThrottled;
import dev.atende.identity.CurrentActor;
import dev.atende.identity.SignupManagement;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of accounts managed by mail, for visitors who are not signed in: sign up, forgot
 * password, and the page a mailed link opens to choose a password. After a request the visitor
 * always sees the same "check your e-mail" page, so nobody learns which addresses have accounts.
 */
@Controller
class AccountPages {

    private final AccountManagement accounts;
    private final SignupManagement signups;
    private final CurrentActor current;
    private final MessageSource messages;

    AccountPages(AccountManagement accounts, SignupManagement signups, CurrentActor current, MessageSource messages) {
        this.accounts = accounts;
        this.signups = signups;
        this.current = current;
        this.messages = messages;
    }

    record SignupForm(String email, String name) {
    }

    record PasswordForm(String token, String password, String confirmPassword) {
    }

    @GetMapping("/signup")
    ModelAndView signupForm(Model model) {
        if (current.get().isPresent()) {
            return new ModelAndView("redirect:/");
        }
        requireSignupOpen();
        return FormPage.show("identity/account/signup", model, new SignupForm("", ""), FormErrors.NONE);
    }

    @PostMapping("/signup")
    ModelAndView signUp(SignupForm form, Model model, Locale locale, HttpServletRequest request) {
        requireSignupOpen();
        try {
            accounts.signUp(form.email(), form.name(), locale, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            return FormPage.show("identity/account/signup", model, form,
                    FormErrors.of(e, messages, locale, Set.of("email", "name")));
        }
        return new ModelAndView("redirect:/account/sent?signup");
    }

    @GetMapping("/password/forgot")
    ModelAndView forgotForm(Model model) {
        return FormPage.show("identity/account/forgot", model, new SignupForm("", null), FormErrors.NONE);
    }

    @PostMapping("/password/forgot")
    ModelAndView forgot(SignupForm form, Model model, Locale locale, HttpServletRequest request) {
        try {
            accounts.requestPasswordReset(form.email(), locale, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            return FormPage.show("identity/account/forgot", model, new SignupForm(form.email(), null),
                    FormErrors.of(e, messages, locale, Set.of("email")));
        }
        return new ModelAndView("redirect:/account/sent?reset");
    }

    /** The same page whatever happened to the address (sent, unknown, deactivated). */
    @GetMapping("/account/sent")
    String sent(HttpServletRequest request, Model model) {
        model.addAttribute("signup", request.getParameterMap().containsKey("signup"));
        return "identity/account/sent";
    }

    @GetMapping("/account/password")
    ModelAndView choosePasswordForm(@RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        keepLinkPrivate(response);
        model.addAttribute("link", accounts.open(token));
        return FormPage.show("identity/account/password", model, new PasswordForm(token, null, null), FormErrors.NONE);
    }

    @PostMapping("/account/password")
    ModelAndView choosePassword(PasswordForm form, Model model, Locale locale, HttpServletResponse response) {
        keepLinkPrivate(response);
        var link = accounts.open(form.token());
        model.addAttribute("link", link);
        var blank = new PasswordForm(form.token(), null, null); // passwords are never echoed back
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            String mismatch = messages.getMessage("web.profile.passwordMismatch", null, locale);
            return FormPage.show("identity/account/password", model, blank,
                    new FormErrors(Map.of("confirmPassword", List.of(mismatch)), List.of()));
        }
        try {
            accounts.choosePassword(form.token(), form.password());
        } catch (InvalidInputException e) {
            return FormPage.show("identity/account/password", model, blank,
                    FormErrors.of(e, messages, locale, Set.of("password")));
        }
        return new ModelAndView("redirect:/login?passwordSet");
    }

    /** A link that does not work: said plainly, with the way to get a new one. */
    @ExceptionHandler(AccountLinkRefused.class)
    ModelAndView refused(AccountLinkRefused e, Locale locale, HttpServletResponse response) {
        keepLinkPrivate(response);
        var page = new ModelAndView("identity/account/link-refused", HttpStatus.valueOf(e.status()));
        page.addObject("message", messages.getMessage(e.messageCode(), e.args(), locale));
        page.addObject("signupOpen", signups.rules().signupOpen());
        return page;
    }

    @ExceptionHandler(AccountRequestsThrottled.class)
    ModelAndView throttled(AccountRequestsThrottled e, Locale locale, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        var page = new ModelAndView("identity/account/throttled", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("message", messages.getMessage(e.messageCode(), e.args(), locale));
        return page;
    }

    private void requireSignupOpen() {
        if (!signups.rules().signupOpen()) {
            throw new NotFoundException("error.signup.closed");
        }
    }

    /** The token is in the address: no referrer may carry it elsewhere, and no cache keep the page. */
    private static void keepLinkPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
