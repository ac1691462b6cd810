package dev.atende.automation.internal;

import dev.atende.automation.Placeholders;
import dev.atende.automation.TicketAction;
import dev.atende.automation.NoticeRequested;
import dev.atende.identity.Directory;
import dev.atende.identity.UserRef;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.Priority;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketChanges;
import dev.atende.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out a rule's actions on one ticket: first every field change at once (one history
 * step, one event), then notes, replies, mails and escalation in the order given. The caller
 * holds the transaction, so a failing action leaves nothing half done.
 */
@Component
public class ActionRunner {

    private final TicketPlaceholders placeholders;
    private final TicketEscalation escalation;
    private final ApplicationEventPublisher events;
    private final Directory directory;

    ActionRunner(TicketPlaceholders placeholders, TicketEscalation escalation, ApplicationEventPublisher events,
            Directory directory) {
        this.placeholders = placeholders;
        this.escalation = escalation;
        this.events = events;
        this.directory = directory;
    }

    public Ticket run(List<TicketAction> actions, Acting acting, String ruleName) {
        Ticket ticket = acting.ticket();
        TicketChanges changes = fieldChanges(actions, ticket);
        if (changes != null) {
            ticket = acting.update(changes);
        }
        for (TicketAction action : actions) {
            Map<String, String> values = placeholders.of(ticket, acting.agentId());
            if (action instanceof TicketAction.AddNote n) {
                acting.note(Placeholders.render(n.body(), values));
            } else if (action instanceof TicketAction.Reply r) {
                acting.reply(Placeholders.render(r.body(), values));
            } else if (action instanceof TicketAction.Notify n) {
                notify(ticket, n, values);
            } else if (action instanceof TicketAction.Escalate e) {
                escalation.escalate(acting, e.reason(), ruleName);
            }
        }
        return ticket;
    }

    private void notify(Ticket ticket, TicketAction.Notify n, Map<String, String> values) {
        List<Long> people = switch (n.to()) {
            case "customer" -> List.of(ticket.customerId());
            case "assignee" -> ticket.assigneeId() == null ? List.of() : List.of(ticket.assigneeId());
            default -> directory.assignableMembers(ticket.groupId()).stream().map(UserRef::id).toList();
        };
        String subject = n.subject() == null ? null : Placeholders.render(n.subject(), values);
        String body = Placeholders.render(n.body(), values);
        for (Long person : people) {
            events.publishEvent(new NoticeRequested(ticket.id(), person, subject, body));
        }
    }

    /** The field changes of all actions together, or null when there are none. */
    static TicketChanges fieldChanges(List<TicketAction> actions, Ticket ticket) {
        Change<TicketStatus> status = Change.absent();
        Change<Priority> priority = Change.absent();
        Change<Long> group = Change.absent();
        Change<Long> assignee = Change.absent();
        Change<Long> category = Change.absent();
        Set<String> tags = new LinkedHashSet<>(ticket.tags());
        boolean retag = false;
        for (TicketAction action : actions) {
            if (action instanceof TicketAction.SetField s) {
                switch (s.field()) {
                    case "status" -> status = Change.to(TicketStatus.fromCode(s.value()));
                    case "priority" -> priority = Change.to(Priority.fromCode(s.value()));
                    case "group" -> group = Change.to(Long.parseLong(s.value()));
                    case "assignee" -> assignee = Change.to(s.value() == null ? null : Long.parseLong(s.value()));
                    case "category" -> category = Change.to(s.value() == null ? null : Long.parseLong(s.value()));
                    default -> throw InvalidInputException.of("actions", "error.automation.unknownField");
                }
            } else if (action instanceof TicketAction.AddTags t) {
                retag = true;
                tags.addAll(t.tags());
            } else if (action instanceof TicketAction.RemoveTags t) {
                retag = true;
                t.tags().forEach(tag -> tags.removeIf(x -> x.equalsIgnoreCase(tag)));
            }
        }
        boolean any = retag || status.present() || priority.present() || group.present() || assignee.present()
                || category.present();
        if (!any) {
            return null;
        }
        return new TicketChanges(status, priority, group, assignee, category,
                retag ? Change.to(new ArrayList<>(tags)) : Change.absent(), Change.absent());
    }
}
