package dev.atende.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.ticket.BrowserSession;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket and STOMP client signed in like a browser (the session cookie of a form
 * login), as the live tests use it; {@link #close()} disconnects every session it opened.
 */
public final class LiveClient implements AutoCloseable {

    private final List<StompSession> sessions = new ArrayList<>();

    /** A STOMP session on the server at {@code port}, as {@code user}. */
    public StompSession connect(int port, TestUser user) throws Exception {
        var browser = BrowserSession.signIn(port, user, "en");
        var headers = new WebSocketHttpHeaders();
        headers.add("Cookie", browser.cookieHeader());
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", headers,
                new StompSessionHandlerAdapter() { }).get(5, TimeUnit.SECONDS);
        sessions.add(session);
        return session;
    }

    /** What arrives on {@code destination}, as it arrives. */
    public static BlockingQueue<JsonNode> listen(StompSession session, String destination) throws Exception {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add((JsonNode) payload);
            }
        });
        Thread.sleep(200); // the subscription reaches the broker before anything is sent
        return received;
    }

    /** The next message, which must come within five seconds. */
    public static JsonNode next(BlockingQueue<JsonNode> received) throws InterruptedException {
        JsonNode message = received.poll(5, TimeUnit.SECONDS);
        assertThat(message).as("a message within 5 s").isNotNull();
        return message;
    }

    @Override
    public void close() {
        sessions.forEach(session -> {
            if (session.isConnected()) {
                session.disconnect();
            }
        });
        sessions.clear();
    }
}
