package dev.atende.identity.web;

import dev.atende.identity.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST and redirects back with ?error, ?throttled or ?logout. */
@Controller
class LoginPage {

    private final CurrentActor current;

    LoginPage(CurrentActor current) {
        this.current = current;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (current.get().isPresent()) {
            return "redirect:/";
        }
        // flags without a value ("?error"): only their presence counts
        var flags = request.getParameterMap();
        model.addAttribute("failed", flags.containsKey("error"));
        model.addAttribute("throttled", flags.containsKey("throttled"));
        model.addAttribute("loggedOut", flags.containsKey("logout"));
        return "identity/login";
    }
}
