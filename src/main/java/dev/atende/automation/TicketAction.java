package dev.atende.automation;

import java.util.List;

/** One thing a trigger, scheduled rule or macro does to a ticket. */
public sealed interface TicketAction {

    /** Sets status, priority (codes), group, assignee or category (ids; null clears the last two). */
    record SetField(String field, String value) implements TicketAction {
    }

    record AddTags(List<String> tags) implements TicketAction {
    }

    record RemoveTags(List<String> tags) implements TicketAction {
    }

    /** An internal note (placeholders rendered). */
    record AddNote(String body) implements TicketAction {
    }

    /**
     * A public reply (placeholders rendered): from Atende in a trigger or scheduled rule (an
     * automatic answer the customer's channel sends), from the agent in a macro.
     */
    record Reply(String body) implements TicketAction {
    }

    /** An e-mail to the customer, the assignee or the group's agents. */
    record Notify(String to, String subject, String body) implements TicketAction {
    }

    /** To the group the ticket's group escalates to, with a note saying why. */
    record Escalate(String reason) implements TicketAction {
    }
}
