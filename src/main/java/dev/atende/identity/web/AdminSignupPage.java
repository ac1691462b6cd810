package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.SignupManagement;
import dev.atende.identity.SignupMode;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose who may sign up on their own: nobody, anyone, or addresses of listed domains. */
@Controller
@RequestMapping("/admin/signup")
class AdminSignupPage {

    private static final String VIEW = "identity/admin/signup";

    private final SignupManagement signups;
    private final MessageSource messages;

    AdminSignupPage(SignupManagement signups, MessageSource messages) {
        this.signups = signups;
        this.messages = messages;
    }

    /** The domains as typed: one per line (commas and spaces also separate). */
    record SignupForm(String mode, String domains) {

        List<String> domainList() {
            return domains == null ? List.of()
                    : Arrays.stream(domains.split("[\\s,;]+")).filter(d -> !d.isBlank()).toList();
        }
    }

    @GetMapping
    ModelAndView show(Actor actor, Model model) {
        var rules = signups.rules(actor);
        return page(model, new SignupForm(rules.mode().code(), String.join("\n", rules.domains())), FormErrors.NONE);
    }

    @PostMapping
    ModelAndView save(Actor actor, SignupForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            signups.change(actor, form.mode(), form.domainList());
        } catch (InvalidInputException e) {
            return page(model, form, FormErrors.of(e, messages, locale, Set.of("mode", "domains")));
        }
        redirect.addFlashAttribute("flash", "account.admin.saved");
        return new ModelAndView("redirect:/admin/signup");
    }

    private static ModelAndView page(Model model, SignupForm form, FormErrors errors) {
        model.addAttribute("modes", SignupMode.values());
        return FormPage.show(VIEW, model, form, errors);
    }
}
