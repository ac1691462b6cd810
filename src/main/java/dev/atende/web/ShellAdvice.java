package dev.atende.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: {@code me}, the signed-in {@link Actor}
 * (null for visitors), and {@code currentPath} to mark the active navigation entry.
 */
@ControllerAdvice
class ShellAdvice {

    private final CurrentActor current;

    ShellAdvice(CurrentActor current) {
        this.current = current;
    }

    @ModelAttribute
    void shell(HttpServletRequest request, Model model) {
        addTo(model, request);
    }

    /** Also used for views rendered by exception handlers, which skip the model attribute methods. */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("me", current.get().orElse(null));
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
    }
}
