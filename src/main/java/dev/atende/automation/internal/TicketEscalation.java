package dev.atende.automation.internal;

import dev.atende.routing.Escalation;
import dev.atende.shared.FieldProblem;
import dev.atende.shared.InvalidInputException;
import org.springframework.stereotype.Component;


/**
 * The "escalate" action: the routing module's escalation (to the group's next level, re-assigned
 * by that group's strategy, with who, from where, to where and why in the history), as the agent
 * applying a macro or as Atende, keeping the automation chain's origin for the loop guard.
 */
@Component
public class TicketEscalation {

    private final Escalation escalation;

    TicketEscalation(Escalation escalation) {
        this.escalation = escalation;
    }

    public void escalate(Acting acting, String reason, String ruleName) {
        String why = reason == null || reason.isBlank() ? ruleName : reason;
        try {
            escalation.escalate(acting.actor(), acting.ticket().id(), null, why, acting.origin());
        } catch (InvalidInputException e) {
            // a rule names no group: what could not be done is its action
            throw new InvalidInputException(e.fieldProblems().stream()
                    .map(p -> new FieldProblem("actions", p.messageCode(), p.args())).toList());
        }
    }
}
