package dev.atende.live.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The browsers connected to this node, and the tickets each said it is on, so that a closed tab
 * leaves the ticket's presence and so that nothing is sent while nobody listens (a mail import
 * of thousands of tickets at night costs no signals; with a relay, other nodes may listen).
 */
@Component
class LiveSessions {

    record Presence(long ticketId, long userId, String name) {
    }

    private final Map<String, Set<Presence>> sessions = new ConcurrentHashMap<>();
    private final boolean relayed;

    LiveSessions(RelaySettings relay) {
        this.relayed = relay.relayed();
    }

    @EventListener
    void on(SessionConnectedEvent event) {
        String id = sessionId(event.getMessage().getHeaders());
        if (id != null) {
            sessions.putIfAbsent(id, ConcurrentHashMap.newKeySet());
        }
    }

    /** The presences the closed session leaves behind. */
    Set<Presence> disconnected(SessionDisconnectEvent event) {
        Set<Presence> left = sessions.remove(event.getSessionId());
        return left == null ? Set.of() : left;
    }

    void present(String sessionId, Presence presence) {
        Set<Presence> presences = sessions.get(sessionId);
        if (presences != null) {
            presences.add(presence);
        }
    }

    void absent(String sessionId, Presence presence) {
        Set<Presence> presences = sessions.get(sessionId);
        if (presences != null) {
            presences.remove(presence);
        }
    }

    /** Whether a signal may reach someone: always through a relay (other nodes' browsers listen too). */
    boolean anyone() {
        return relayed || !sessions.isEmpty();
    }

    private static String sessionId(org.springframework.messaging.MessageHeaders headers) {
        Object id = headers.get("simpSessionId");
        return id == null ? null : id.toString();
    }
}
