package dev.atende.live.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The destinations, one place for their names and for reading them back:
 * {@code /topic/groups.{id}} (tickets of a group: created, changed, answered; staff who see the
 * group), {@code /topic/tickets.{id}.staff} (everything that happens to a ticket; staff),
 * {@code /topic/tickets.{id}.public} (public replies; whoever may see the ticket),
 * {@code /topic/tickets.{id}.presence} (who views or types; staff),
 * {@code /app/tickets.{id}.presence} (where a browser says so), and
 * {@code /topic/people.{id}.notifications} (a person's new notices; that person only).
 */
final class Topics {

    static final Pattern GROUP = Pattern.compile("/topic/groups\\.(\\d{1,18})");
    static final Pattern TICKET = Pattern.compile("/(topic|app)/tickets\\.(\\d{1,18})\\.(staff|public|presence)");

    static final Pattern PERSON = Pattern.compile("/topic/people\\.(\\d{1,18})\\.notifications");

    private Topics() {
    }

    static String group(long groupId) {
        return "/topic/groups." + groupId;
    }

    static String staff(long ticketId) {
        return "/topic/tickets." + ticketId + ".staff";
    }

    static String publicReplies(long ticketId) {
        return "/topic/tickets." + ticketId + ".public";
    }

    static String presence(long ticketId) {
        return "/topic/tickets." + ticketId + ".presence";
    }

    static String notifications(long personId) {
        return "/topic/people." + personId + ".notifications";
    }

    static Matcher person(String destination) {
        return PERSON.matcher(destination == null ? "" : destination);
    }

    static Matcher ticket(String destination) {
        return TICKET.matcher(destination == null ? "" : destination);
    }

    static Matcher group(String destination) {
        return GROUP.matcher(destination == null ? "" : destination);
    }
}
