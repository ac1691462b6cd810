package dev.atende.web;

import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal from a service behind a page (not found, forbidden, invalid input a form did not
 * catch) becomes the error page with its status and message, not a 500. Ordered last, so the
 * API's problem+json handler keeps the REST controllers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final MessageSource messages;
    private final ShellAdvice shell;

    PageExceptionHandler(MessageSource messages, ShellAdvice shell) {
        this.messages = messages;
        this.shell = shell;
    }

    /** Field problems (e.g. a bad page number in a link) are listed, since no form shows them. */
    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request, Locale locale) {
        var page = errorPage(e.status(), messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale), request);
        if (!e.fieldProblems().isEmpty()) {
            page.addObject("details", FormErrors.of(e, messages, locale, Set.of()).global());
        }
        return page;
    }

    /** A uniqueness rule two requests raced past (the same e-mail saved twice at once). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
        return errorPage(409, messages.getMessage("error.conflict", null, locale), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView stale(ObjectOptimisticLockingFailureException e, HttpServletRequest request, Locale locale) {
        return errorPage(409, messages.getMessage("web.error.stale", null, locale), request);
    }

    private ModelAndView errorPage(int status, String message, HttpServletRequest request) {
        var model = new ExtendedModelMap();
        shell.addTo(model, request);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return new ModelAndView("error", model, HttpStatus.valueOf(status));
    }
}
