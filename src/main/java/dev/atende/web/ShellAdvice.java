package dev.atende.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: {@code me}, the signed-in {@link Actor}
 * (null for visitors), {@code currentPath} to mark the active navigation entry, and the chosen
 * {@code colourScheme} (light, dark or auto) with {@code theme}, its page attribute (null: the system's).
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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        model.addAttribute("currentPath", path);
        model.addAttribute("currentUrl", query == null ? path : path + "?" + query); // where the colour switch returns
        ColourScheme scheme = ColourScheme.of(request);
        model.addAttribute("colourScheme", scheme.code());
        model.addAttribute("theme", scheme.attribute());
    }
}
