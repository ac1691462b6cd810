package dev.atende.shared.web;

import dev.atende.shared.Problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows when nothing else answered: problem+json under
 * {@code /api/}, a friendly page in the user's language elsewhere; never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            String messageCode = switch (status) {
                case 401 -> "error.unauthenticated";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.method";
                case 413 -> "error.body.tooLarge";
                case 415 -> "error.mediaType";
                case 406 -> "error.notAcceptable";
                default -> status >= 500 ? "error.internal" : "error.badRequest";
            };
            problems.write(request, response, problems.build(status, messageCode, Problems.requestLocale(request)));
            return null;
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
