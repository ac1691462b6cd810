package dev.atende.notification;

import dev.atende.identity.Actor;
import dev.atende.identity.Actors;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.identity.Users;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAccess;
import dev.atende.ticket.TicketManagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may be mentioned on a ticket: active agents and admins who may see it (a mention of anyone
 * else is ignored, so a note never tells a person about a ticket they may not open).
 */
@Service
@Transactional(readOnly = true)
public class Mentionables {

    /** At most this many suggestions while typing. */
    public static final int SUGGESTIONS = 8;
    static final int MAX_QUERY = Mentions.MAX_HANDLE;

    public record Mentionable(long id, String handle, String name) {
    }

    private final Users users;
    private final Actors actors;
    private final TicketManagement tickets;

    Mentionables(Users users, Actors actors, TicketManagement tickets) {
        this.users = users;
        this.actors = actors;
        this.tickets = tickets;
    }

    /**
     * The people the typed start of a handle may mean, for the note editor: only for staff who
     * may see the ticket (else 404), and only people who may see it too.
     */
    public List<Mentionable> suggest(Actor actor, long ticketId, String typed) {
        if (!actor.isStaff()) {
            throw new NotFoundException("error.ticket.notFound");
        }
        Ticket ticket = tickets.get(actor, ticketId);
        String start = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("@")) {
            start = start.substring(1);
        }
        if (start.length() > MAX_QUERY) {
            throw InvalidInputException.of("q", "notification.error.query", MAX_QUERY);
        }
        String prefix = start;
        List<Mentionable> found = new ArrayList<>();
        for (User user : staff().sorted(Comparator.comparing(User::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
            if (found.size() >= SUGGESTIONS) {
                break;
            }
            boolean matches = Mentions.handlesOf(user.email(), user.name()).stream().anyMatch(h -> h.startsWith(prefix))
                    || user.name().toLowerCase(Locale.ROOT).startsWith(prefix);
            if (matches && mayMention(user, ticket)) {
                found.add(new Mentionable(user.id(), Mentions.handleOf(user.email()), user.name()));
            }
        }
        return found;
    }

    /** The people these handles name who may see the ticket. */
    public List<Long> resolve(Set<String> handles, Ticket ticket) {
        if (handles.isEmpty()) {
            return List.of();
        }
        return staff().filter(u -> Mentions.handlesOf(u.email(), u.name()).stream().anyMatch(handles::contains))
                .filter(u -> mayMention(u, ticket)).map(User::id).toList();
    }

    private boolean mayMention(User user, Ticket ticket) {
        return actors.load(user.id()).filter(a -> TicketAccess.canSee(a, ticket)).isPresent();
    }

    private Stream<User> staff() {
        return Stream.of(Role.AGENT, Role.ADMIN)
                .flatMap(role -> users.search(role, null, null, Pageable.unpaged()).stream())
                .filter(User::isActive);
    }
}
