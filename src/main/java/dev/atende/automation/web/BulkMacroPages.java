package dev.atende.automation.web;

import dev.atende.automation.MacroBulk;
import dev.atende.identity.Actor;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.ticket.BulkResult;
import dev.atende.ticket.Channel;
import dev.atende.ticket.TicketManagement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A macro applied to the tickets selected on a queue page (the page's bulk form posts here, as
 * the ticket module offers through {@code BulkActions}); back to the queue with what was skipped.
 */
@Controller
class BulkMacroPages {

    private final MacroBulk bulk;
    private final TicketManagement tickets;
    private final MessageSource messages;

    BulkMacroPages(MacroBulk bulk, TicketManagement tickets, MessageSource messages) {
        this.bulk = bulk;
        this.tickets = tickets;
        this.messages = messages;
    }

    @PostMapping("/agent/tickets/bulk/macros")
    String apply(Actor actor, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) Long choice, @RequestParam(required = false) String back, Locale locale,
            RedirectAttributes redirect) {
        String target = "redirect:" + safeBack(back);
        if (choice == null) {
            redirect.addFlashAttribute("flashError", "automation.macro.choose");
            return target;
        }
        try {
            BulkResult result = bulk.apply(actor, ids, choice, Channel.WEB);
            redirect.addFlashAttribute("bulkResult", result.summary(o -> describe(actor, o, locale)));
        } catch (DomainException e) {
            if (e.status() != 422 && e.status() != 404) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "automation.bulk.refused");
            redirect.addFlashAttribute("flashErrorArg", FormErrors.of(e, messages, locale, Set.of()).global()
                    .stream().findFirst().orElse(""));
        }
        return target;
    }

    private String describe(Actor actor, BulkResult.Outcome outcome, Locale locale) {
        String reason = messages.getMessage(outcome.reason(), outcome.args(), outcome.reason(), locale);
        try {
            return "#" + tickets.get(actor, outcome.ticketId()).number() + ": " + reason;
        } catch (DomainException e) {
            return messages.getMessage("ticket.bulk.unknownTicket", new Object[] {outcome.ticketId()}, locale) + ": "
                    + reason;
        }
    }

    /** Only a path of the agent desk is a place to go back to (no open redirect). */
    private static String safeBack(String back) {
        return back != null && back.startsWith("/agent") && !back.startsWith("//") && !back.contains("\\")
                && !back.contains("\r") && !back.contains("\n") ? back : "/agent";
    }
}
