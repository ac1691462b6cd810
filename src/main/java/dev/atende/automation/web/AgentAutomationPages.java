package dev.atende.automation.web;

import dev.atende.automation.CannedResponseManagement;
import dev.atende.automation.MacroManagement;
import dev.atende.identity.Actor;
import dev.atende.shared.DomainException;
import dev.atende.ticket.Channel;
import dev.atende.ticket.TicketManagement;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's automation tools on the ticket page: apply a macro; insert a canned response into
 * the reply box. Both work as plain forms (the canned response arrives in the reply box after a
 * redirect); with script the canned response is fetched and inserted in place.
 */
@Controller
@RequestMapping("/agent/tickets/{id}")
class AgentAutomationPages {

    private final MacroManagement macros;
    private final CannedResponseManagement responses;
    private final TicketManagement tickets;
    private final MessageSource messages;

    AgentAutomationPages(MacroManagement macros, CannedResponseManagement responses, TicketManagement tickets,
            MessageSource messages) {
        this.messages = messages;
        this.macros = macros;
        this.responses = responses;
        this.tickets = tickets;
    }

    /**
     * The reply box's content after a redirect (the ticket page reads {@code reply.body()} and
     * {@code reply.format()}: a canned response is plain text, which the rich-text editor takes in).
     */
    public record ReplyDraft(String body, Boolean internal, String format) implements Serializable {
    }

    @PostMapping("/macros")
    String apply(Actor actor, @PathVariable long id, @RequestParam(required = false) Long macro,
            @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        tickets.get(actor, id); // 404 for a ticket the agent may not see
        if (macro == null) {
            redirect.addFlashAttribute("flashError", "automation.macro.choose");
            return "redirect:/agent/tickets/" + id;
        }
        try {
            macros.apply(actor, id, macro, version, Channel.WEB);
            redirect.addFlashAttribute("flash", "automation.macro.applied");
            redirect.addFlashAttribute("flashArg", macros.get(actor, macro).name());
            return canSee(actor, id) ? "redirect:/agent/tickets/" + id : "redirect:/agent";
        } catch (DomainException e) {
            if (e.status() == 404 && e.messageCode().equals("error.ticket.notFound")) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.status() == 412 ? "automation.macro.stale"
                    : "automation.macro.refused");
            redirect.addFlashAttribute("flashErrorArg", reason(e, locale));
            return "redirect:/agent/tickets/" + id;
        }
    }

    /** Without script: the chosen response goes into the reply box; a search shows the matching ones. */
    @GetMapping("/canned")
    String insert(Actor actor, @PathVariable long id, @RequestParam(required = false) Long response,
            @RequestParam(required = false) String q, @RequestParam(required = false) String find,
            RedirectAttributes redirect) {
        if (response != null && find == null) {
            redirect.addFlashAttribute("reply", new ReplyDraft(responses.render(actor, id, response).body(), false, "text"));
            return "redirect:/agent/tickets/" + id + "#body";
        }
        tickets.get(actor, id);
        redirect.addFlashAttribute("cannedQuery", q == null ? "" : q.strip());
        return "redirect:/agent/tickets/" + id + "#canned";
    }

    /** With script: the response rendered for this ticket, to insert at the cursor. */
    @GetMapping(path = "/canned/{response}", produces = "application/json")
    @ResponseBody
    Map<String, String> rendered(Actor actor, @PathVariable long id, @PathVariable long response) {
        return Map.of("body", responses.render(actor, id, response).body());
    }

    private boolean canSee(Actor actor, long id) {
        try {
            tickets.get(actor, id);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private String reason(DomainException e, Locale locale) {
        return e.fieldProblems().stream().findFirst()
                .map(p -> messages.getMessage(p.messageCode(), p.args(), p.messageCode(), locale))
                .orElseGet(() -> messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale));
    }
}
