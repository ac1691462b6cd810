package dev.atende.live.internal;

import dev.atende.identity.Actor;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Agents on the same ticket: each browser says every few seconds whether its agent views the
 * ticket or types a reply, and when it leaves; the server passes it on to the others with the
 * agent's name (never trusting a name the browser sends). The browsers keep the list and forget
 * whoever stops saying anything, so no node needs to know them all.
 */
@Controller
class TicketPresence {

    enum State {
        VIEWING, TYPING, LEFT
    }

    record PresenceNote(String state) {
    }

    record PresenceSignal(long ticketId, long userId, String name, String state, Instant at) {
    }

    private final SimpMessageSendingOperations broker;
    private final LiveSessions sessions;
    private final LiveAccess access;
    private final Clock clock;

    TicketPresence(SimpMessageSendingOperations broker, LiveSessions sessions, LiveAccess access, Clock clock) {
        this.broker = broker;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    @MessageMapping("/tickets.{ticketId}.presence")
    void note(@DestinationVariable long ticketId, @Payload PresenceNote note, Principal principal,
            SimpMessageHeaderAccessor headers) {
        State state = parse(note == null ? null : note.state());
        Actor actor = access.actor(principal).orElse(null);
        if (state == null || actor == null) {
            return; // access was checked on the way in; a note we do not understand is dropped
        }
        var presence = new LiveSessions.Presence(ticketId, actor.id(), actor.name());
        if (state == State.LEFT) {
            sessions.absent(headers.getSessionId(), presence);
        } else {
            sessions.present(headers.getSessionId(), presence);
        }
        send(presence, state);
    }

    @EventListener
    void on(SessionDisconnectEvent event) {
        for (LiveSessions.Presence presence : sessions.disconnected(event)) {
            send(presence, State.LEFT);
        }
    }

    private void send(LiveSessions.Presence presence, State state) {
        broker.convertAndSend(Topics.presence(presence.ticketId()), new PresenceSignal(presence.ticketId(),
                presence.userId(), presence.name(), state.name().toLowerCase(), clock.instant()));
    }

    private static State parse(String state) {
        if (state == null) {
            return null;
        }
        for (State known : State.values()) {
            if (known.name().equalsIgnoreCase(state)) {
                return known;
            }
        }
        return null;
    }
}
