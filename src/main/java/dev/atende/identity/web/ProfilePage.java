package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.UserChanges;
import dev.atende.identity.UserManagement;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Everyone's own settings: name, language and password. The language applies from the next
 * page on, since the locale resolver reads it from the user of each request.
 */
@Controller
@RequestMapping("/profile")
class ProfilePage {

    private static final String VIEW = "identity/profile";

    private final UserManagement users;
    private final MessageSource messages;

    ProfilePage(UserManagement users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    record ProfileForm(String name, String locale) {
    }

    /** Passwords are never echoed back into the page. */
    record PasswordForm(String currentPassword, String password, String confirmPassword) {
    }

    @GetMapping
    ModelAndView show(Actor actor, Model model) {
        var user = users.get(actor, actor.id());
        model.addAttribute("profile", new ProfileForm(user.name(), user.locale()));
        return page(model, FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping
    ModelAndView save(Actor actor, ProfileForm profile, Model model, Locale locale, RedirectAttributes redirect) {
        var changes = new UserChanges(Change.absent(), Change.to(profile.name()), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.to(FormPage.blankToNull(profile.locale())),
                Change.absent());
        try {
            users.update(actor, actor.id(), changes);
        } catch (InvalidInputException e) {
            model.addAttribute("profile", profile);
            return refused(model, FormErrors.of(e, messages, locale, Set.of("name", "locale")), FormErrors.NONE);
        }
        redirect.addFlashAttribute("flash", "web.profile.saved");
        return new ModelAndView("redirect:/profile");
    }

    @PostMapping("/password")
    ModelAndView changePassword(Actor actor, PasswordForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        var user = users.get(actor, actor.id());
        model.addAttribute("profile", new ProfileForm(user.name(), user.locale()));
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            String mismatch = messages.getMessage("web.profile.passwordMismatch", null, locale);
            return refused(model, FormErrors.NONE, new FormErrors(Map.of("confirmPassword", List.of(mismatch)), List.of()));
        }
        var changes = new UserChanges(Change.absent(), Change.absent(), Change.absent(), Change.to(form.password()),
                Change.to(form.currentPassword()), Change.absent(), Change.absent(), Change.absent(), Change.absent());
        try {
            users.update(actor, actor.id(), changes);
        } catch (InvalidInputException e) {
            return refused(model, FormErrors.NONE,
                    FormErrors.of(e, messages, locale, Set.of("currentPassword", "password")));
        }
        redirect.addFlashAttribute("flash", "web.profile.passwordChanged");
        return new ModelAndView("redirect:/profile");
    }

    private static ModelAndView refused(Model model, FormErrors profileErrors, FormErrors passwordErrors) {
        var view = page(model, profileErrors, passwordErrors);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private static ModelAndView page(Model model, FormErrors profileErrors, FormErrors passwordErrors) {
        model.addAttribute("profileErrors", profileErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        return new ModelAndView(VIEW, model.asMap());
    }
}
