package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.routing.Escalation;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.TicketAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The escalation form of the agent's ticket page: hands the ticket over and goes back to the page. */
@Controller
class EscalationPage {

    private final Escalation escalation;
    private final Directory directory;

    EscalationPage(Escalation escalation, Directory directory) {
        this.escalation = escalation;
        this.directory = directory;
    }

    record EscalationForm(String direction, Long toGroup, String reason) {
    }

    @PostMapping("/agent/tickets/{id}/escalation")
    String escalate(Actor actor, @PathVariable long id, EscalationForm form, RedirectAttributes redirect) {
        try {
            var ticket = "down".equals(form.direction())
                    ? escalation.deescalate(actor, id, form.toGroup(), form.reason())
                    : escalation.escalate(actor, id, form.toGroup(), form.reason());
            redirect.addFlashAttribute("flash", "routing.escalation.done");
            redirect.addFlashAttribute("flashArg", directory.group(ticket.groupId()).map(g -> g.name()).orElse(""));
            // an agent who does not see the new group loses the ticket: back to the queue then
            return TicketAccess.canSee(actor, ticket) ? "redirect:/agent/tickets/" + id : "redirect:/agent";
        } catch (InvalidInputException e) {
            var problem = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
            redirect.addFlashAttribute("flashError", problem == null ? e.messageCode() : problem.messageCode());
            Object[] args = problem == null ? e.args() : problem.args();
            redirect.addFlashAttribute("flashErrorArg", args.length == 0 ? null : args[0]);
            return "redirect:/agent/tickets/" + id;
        }
    }
}
