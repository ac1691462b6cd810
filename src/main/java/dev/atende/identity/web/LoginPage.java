package dev.atende.identity.web;

import dev.atende.identity.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST and redirects back with ?error, ?throttled or ?logout. */
@Controller
class LoginPage {

    private final CurrentActor current;

    LoginPage(CurrentActor current) {
        this.current = current;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String logout, Model model) {
        if (current.get().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("loggedOut", logout != null);
        return "identity/login";
    }
}
