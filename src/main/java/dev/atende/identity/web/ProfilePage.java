package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.TimeZones;
import dev.atende.identity.UserChanges;
import dev.atende.identity.UserManagement;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.EnumMap;
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
 * Everyone's own settings: name, language, time zone and password; for agents also which
 * e-mail notices they get. The language and the time zone apply from the next page on, since
 * they are read from the user of each request.
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

    record ProfileForm(String name, String locale, String timeZone) {
    }

    /** The notices left on (unchecked boxes are not sent). */
    record NoticesForm(List<String> notices) {
    }

    /** Passwords are never echoed back into the page. */
    record PasswordForm(String currentPassword, String password, String confirmPassword) {
    }

    @GetMapping
    ModelAndView show(Actor actor, Model model) {
        var user = users.get(actor, actor.id());
        model.addAttribute("user", user);
        model.addAttribute("profile", new ProfileForm(user.name(), user.locale(), user.timeZone()));
        return page(model, FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping
    ModelAndView save(Actor actor, ProfileForm profile, Model model, Locale locale, RedirectAttributes redirect) {
        var changes = new UserChanges(Change.absent(), Change.to(profile.name()), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.to(FormPage.blankToNull(profile.locale())),
                Change.absent(), Change.to(FormPage.blankToNull(profile.timeZone())), Change.absent());
        try {
            users.update(actor, actor.id(), changes);
        } catch (InvalidInputException e) {
            model.addAttribute("user", users.get(actor, actor.id()));
            model.addAttribute("profile", profile);
            return refused(model, FormErrors.of(e, messages, locale, Set.of("name", "locale", "timeZone")),
                    FormErrors.NONE);
        }
        redirect.addFlashAttribute("flash", "web.profile.saved");
        return new ModelAndView("redirect:/profile");
    }

    @PostMapping("/password")
    ModelAndView changePassword(Actor actor, PasswordForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        var user = users.get(actor, actor.id());
        model.addAttribute("user", user);
        model.addAttribute("profile", new ProfileForm(user.name(), user.locale(), user.timeZone()));
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

    /** Agents and admins choose their e-mail notices; each box checked is a notice they get. */
    @PostMapping("/notifications")
    ModelAndView saveNotices(Actor actor, NoticesForm form, RedirectAttributes redirect) {
        List<String> on = form.notices() == null ? List.of() : form.notices();
        Map<AgentNotice, Boolean> changes = new EnumMap<>(AgentNotice.class);
        for (AgentNotice notice : AgentNotice.values()) {
            changes.put(notice, on.contains(notice.code()));
        }
        users.update(actor, actor.id(), UserChanges.preferences(Change.absent(), Change.to(changes)));
        redirect.addFlashAttribute("flash", "account.profile.noticesSaved");
        return new ModelAndView("redirect:/profile");
    }

    private ModelAndView refused(Model model, FormErrors profileErrors, FormErrors passwordErrors) {
        var view = page(model, profileErrors, passwordErrors);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private ModelAndView page(Model model, FormErrors profileErrors, FormErrors passwordErrors) {
        model.addAttribute("timeZones", TimeZones.choices());
        model.addAttribute("notices", AgentNotice.values());
        model.addAttribute("profileErrors", profileErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        return new ModelAndView(VIEW, model.asMap());
    }
}
