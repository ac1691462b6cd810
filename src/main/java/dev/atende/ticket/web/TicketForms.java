package dev.atende.ticket.web;

import dev.atende.shared.FormErrors;
import dev.atende.ticket.Article;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** What the ticket pages post, and the small helpers they share. */
final class TicketForms {

    private TicketForms() {
    }

    /** The editable fields of the agent's ticket view; {@code version} is what the agent saw. */
    record FieldsForm(String status, String priority, Long group, Long assignee, Long category, String tags,
            String subject, Long version) {
    }

    /**
     * A reply or note from the page; {@code internal} comes from the note toggle, {@code format}
     * is "html" when the rich-text editor wrote the body (the plain textarea says "text").
     */
    record ReplyForm(String body, Boolean internal, String format) {

        static ReplyForm empty() {
            return new ReplyForm("", false, "text");
        }

        String contentType() {
            return "html".equals(format) ? Article.HTML : Article.PLAIN;
        }
    }

    /** A new request from the portal or an agent. */
    record NewRequestForm(String subject, String body, Long category, String priority, String customerEmail,
            String customerName) {
    }

    static List<String> tags(String raw) {
        return raw == null || raw.isBlank() ? List.of()
                : Arrays.stream(raw.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The page again with what was refused: 422 so that scripts and tests can tell. */
    static ModelAndView refused(String view, Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        var page = new ModelAndView(view, model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
