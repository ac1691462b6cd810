package dev.atende.ticket;

import dev.atende.identity.Actor;
import java.util.List;

/**
 * More bulk actions for the queue page from modules that build on tickets (automation offers its
 * macros), without the ticket module knowing them: the page lists the choices and posts the
 * selected tickets ({@code ids}) and the chosen one ({@code choice}) to {@link #path()}.
 */
public interface BulkActions {

    /** Where the queue page posts, e.g. {@code /agent/tickets/bulk/macros}. */
    String path();

    /** The message code of the choice's label, e.g. "Macro". */
    String labelCode();

    /** The message code of the button. */
    String buttonCode();

    List<Choice> choices(Actor actor);

    record Choice(long id, String name) {
    }
}
