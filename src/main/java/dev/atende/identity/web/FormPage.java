package dev.atende.identity.web;

import dev.atende.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** A form page, first shown or shown again with what was refused (422, the values kept). */
final class FormPage {

    private FormPage() {
    }

    static ModelAndView show(String view, Model model, Object form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var page = new ModelAndView(view, model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
