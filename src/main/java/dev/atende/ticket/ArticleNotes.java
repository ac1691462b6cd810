package dev.atende.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What other modules know about articles and agents should see beside them: a channel says a
 * mail was sent, is waiting or failed, or that a sender is unverified. Implementations live in
 * those modules; the ticket view asks all of them.
 */
public interface ArticleNotes {

    /** Notes by article id; {@code code} is a message key, {@code detail} its one argument. */
    Map<Long, List<Note>> forArticles(long ticketId, Collection<Long> articleIds);

    record Note(String code, String detail, boolean warning) {
    }
}
