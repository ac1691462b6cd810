package dev.atende.automation.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.Group;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.shared.Change;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "escalate" action. For now it moves the ticket to the group its group escalates to, with
 * an internal note saying why; the routing module's escalation service (re-assignment by the new
 * group's strategy, its own history) takes its place when the two are merged: keep this the one
 * place that knows how escalation is done.
 */
@Component
public class TicketEscalation {

    private final Directory directory;
    private final MessageSource messages;
    private final Locale locale;

    TicketEscalation(Directory directory, MessageSource messages,
            @Value("${atende.default-locale:en}") String defaultLocale) {
        this.directory = directory;
        this.messages = messages;
        this.locale = Locales.supported(Locale.forLanguageTag(defaultLocale));
    }

    public void escalate(Acting acting, String reason, String ruleName) {
        Ticket ticket = acting.ticket();
        Group from = directory.group(ticket.groupId()).orElseThrow(
                () -> InvalidInputException.of("actions", "error.automation.noHigherGroup"));
        Group to = from.escalatesToId() == null ? null : directory.group(from.escalatesToId()).orElse(null);
        if (to == null) {
            throw InvalidInputException.of("actions", "error.automation.noHigherGroup");
        }
        String why = reason == null || reason.isBlank() ? ruleName : reason;
        // the note first: an agent may no longer see the ticket once it has moved up
        acting.note(messages.getMessage("automation.escalated", new Object[] {from.name(), to.name(), why}, locale));
        acting.update(new TicketChanges(Change.absent(), Change.absent(), Change.to(to.id()), Change.absent(),
                Change.absent(), Change.absent(), Change.absent()));
    }
}
