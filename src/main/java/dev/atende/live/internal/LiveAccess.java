package dev.atende.live.internal;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.ticket.TicketAccess;
import dev.atende.ticket.TicketIntake;
import java.security.Principal;
import java.util.Optional;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Who may listen to and say what, checked on every frame: only signed-in people connect; a
 * group's topic is for staff who see the group; a ticket's staff and presence topics for staff
 * who may see the ticket; its public topic for anyone who may see it (the customer); a person's
 * notices topic for that person alone. The actor
 * is loaded fresh for each check, so a lost group or a deactivation applies at once.
 * Anything else is refused.
 */
@Component
class LiveAccess implements ChannelInterceptor {

    private final CurrentActor actors;
    private final TicketIntake tickets;

    LiveAccess(CurrentActor actors, TicketIntake tickets) {
        this.actors = actors;
        this.tickets = tickets;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
            actor(stomp.getUser()).orElseThrow(() -> refused("sign in first"));
        } else if (command == StompCommand.SUBSCRIBE || command == StompCommand.SEND) {
            Actor actor = actor(stomp.getUser()).orElseThrow(() -> refused("sign in first"));
            if (!allowed(actor, stomp.getDestination(), command == StompCommand.SEND)) {
                throw refused("not allowed: " + stomp.getDestination());
            }
        }
        return message;
    }

    boolean allowed(Actor actor, String destination, boolean sending) {
        var group = Topics.group(destination);
        if (group.matches()) {
            return !sending && (actor.isAdmin() || actor.isStaff() && actor.seesGroup(Long.parseLong(group.group(1))));
        }
        var person = Topics.person(destination);
        if (person.matches()) {
            return !sending && actor.id() == Long.parseLong(person.group(1)); // one's own notices only
        }
        var ticket = Topics.ticket(destination);
        if (!ticket.matches()) {
            return false;
        }
        boolean app = ticket.group(1).equals("app");
        String kind = ticket.group(3);
        if (app != sending || (app && !kind.equals("presence"))) {
            return false; // browsers send presence only, and only to /app
        }
        if (!kind.equals("public") && !actor.isStaff()) {
            return false;
        }
        long id = Long.parseLong(ticket.group(2));
        return tickets.byId(id).filter(t -> TicketAccess.canSee(actor, t)).isPresent();
    }

    Optional<Actor> actor(Principal principal) {
        return principal == null ? Optional.empty() : actors.of(principal);
    }

    private static MessageDeliveryException refused(String why) {
        return new MessageDeliveryException(why);
    }
}
