package dev.atende.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * A new notice reaches its recipient's browser through a real WebSocket and STOMP client signed
 * in like a browser; nobody else may listen to that person's notices.
 */
@H2ServerTest
class NotificationLiveTests extends ApiSpec {

    @LocalServerPort
    int port;

    private final List<StompSession> sessions = new ArrayList<>();

    @AfterEach
    void disconnect() {
        sessions.forEach(session -> {
            if (session.isConnected()) {
                session.disconnect();
            }
        });
    }

    @Test
    void theMentionedAgentsBrowserHearsOfTheNoticeAtOnce() throws Exception {
        long team = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Notify-live")))
                .expect(201).id();
        TestUser ana = people.create(Role.AGENT, Map.of("groups", List.of(team)));
        TestUser bruno = people.create(Role.AGENT, Map.of("groups", List.of(team)));
        long ticket = api.as(people.customer()).post("/api/v1/tickets", Api.json("subject", "Live notice", "body", "x"))
                .expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + ticket, Api.json("group", team)).expect(200);
        var heard = listen(connect(bruno), "/topic/people." + bruno.id() + ".notifications");
        var anaHears = listen(connect(ana), "/topic/people." + ana.id() + ".notifications");

        api.as(ana).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body",
                "@" + bruno.email().substring(0, bruno.email().indexOf('@')) + " over to you", "visibility", "internal"))
                .expect(201);

        JsonNode signal = heard.poll(10, TimeUnit.SECONDS);
        assertThat(signal).as("a signal within 10 s").isNotNull();
        assertThat(signal.path("kind").asString()).isEqualTo("mention");
        assertThat(signal.path("ticketId").asLong()).isEqualTo(ticket);
        assertThat(signal.path("notificationId").asLong()).isPositive();
        assertThat(signal.toString()).as("no words, no content").doesNotContain("over to you");
        assertThat(anaHears.poll(300, TimeUnit.MILLISECONDS)).as("the author hears nothing").isNull();
    }

    @Test
    void nobodyListensToAnotherPersonsNotices() throws Exception {
        TestUser ana = people.agent();
        TestUser bruno = people.agent();
        StompSession session = connect(ana);
        var received = listen(session, "/topic/people." + bruno.id() + ".notifications");
        Thread.sleep(300);
        assertThat(session.isConnected()).as("refused: the session ends").isFalse();
        assertThat(received).isEmpty();

        StompSession admin = connect(people.admin());
        listen(admin, "/topic/people." + bruno.id() + ".notifications");
        Thread.sleep(300);
        assertThat(admin.isConnected()).as("not even an admin").isFalse();

        StompSession sending = connect(bruno);
        sending.send("/topic/people." + bruno.id() + ".notifications", Map.of("kind", "forged"));
        Thread.sleep(300);
        assertThat(sending.isConnected()).as("nobody sends to it").isFalse();
    }

    private StompSession connect(TestUser user) throws Exception {
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

    private static BlockingQueue<JsonNode> listen(StompSession session, String destination) throws Exception {
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
}
