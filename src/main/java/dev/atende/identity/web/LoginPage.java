package dev.atende.identity.web;

import dev.atende.identity.CurrentActor;
import dev.atende.identity.SignupManagement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST and redirects back with ?error, ?throttled or ?logout;
 * a chosen password comes back with ?passwordSet. */
@Controller
class LoginPage {

    private final CurrentActor current;
    private final SignupManagement signups;

    LoginPage(CurrentActor current, SignupManagement signups) {
        this.current = current;
        this.signups = signups;
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
        model.addAttribute("passwordSet", flags.containsKey("passwordSet"));
        model.addAttribute("signupOpen", signups.rules().signupOpen());
        return "identity/login";
    }
}
