package dev.atende.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.ExecutionException;
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
 * Live updates through a real WebSocket and STOMP client signed in like a browser: who hears
 * what about a ticket, and who is refused.
 */
@H2ServerTest
class LiveUpdatesTests extends ApiSpec {

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
    void agentsHearChangesRepliesAndNotesOfATicketTheCustomerOnlyPublicReplies() throws Exception {
        long l1 = groupId("L1");
        TestUser agent = people.agent(l1);
        TestUser other = people.agent(l1);
        TestUser customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Live " + Unique.name("t"),
                "body", "Hello")).expect(201).id();

        var staff = listen(connect(agent), "/topic/tickets." + ticket + ".staff");
        var queue = listen(connect(agent), "/topic/groups." + l1);
        var replies = listen(connect(customer), "/topic/tickets." + ticket + ".public");

        api.as(other).patch("/api/v1/tickets/" + ticket, Api.json("priority", "high")).expect(200);
        JsonNode updated = next(staff);
        assertThat(updated.path("kind").asString()).isEqualTo("updated");
        assertThat(updated.path("actorName").asString()).isEqualTo(other.name());
        assertThat(updated.path("fields").toString()).contains("priority");
        assertThat(updated.path("version").asLong()).isPositive();
        assertThat(next(queue).path("ticketId").asLong()).isEqualTo(ticket);

        api.as(other).post("/api/v1/tickets/" + ticket + "/articles",
                Api.json("body", "Secret note", "visibility", "internal")).expect(201);
        JsonNode note = next(staff);
        assertThat(note.path("kind").asString()).isEqualTo("article");
        assertThat(note.path("internal").asBoolean()).isTrue();
        assertThat(note.toString()).doesNotContain("Secret note");

        api.as(other).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Public answer")).expect(201);
        assertThat(next(replies).path("kind").asString()).isEqualTo("reply");
        assertThat(replies.poll(300, TimeUnit.MILLISECONDS)).as("only the public reply reaches the customer").isNull();
    }

    @Test
    void agentsOnTheSameTicketSeeEachOtherViewingTypingAndLeaving() throws Exception {
        long l1 = groupId("L1");
        TestUser ana = people.agent(l1);
        TestUser bruno = people.agent(l1);
        long ticket = api.as(people.customer()).post("/api/v1/tickets", Api.json("subject", "Presence", "body", "x"))
                .expect(201).id();
        StompSession anaSession = connect(ana);
        var heard = listen(anaSession, "/topic/tickets." + ticket + ".presence");
        StompSession brunoSession = connect(bruno);

        brunoSession.send("/app/tickets." + ticket + ".presence", Map.of("state", "typing"));
        JsonNode typing = next(heard);
        assertThat(typing.path("userId").asLong()).isEqualTo(bruno.id());
        assertThat(typing.path("name").asString()).isEqualTo(bruno.name());
        assertThat(typing.path("state").asString()).isEqualTo("typing");

        brunoSession.send("/app/tickets." + ticket + ".presence", Map.of("state", "viewing", "name", "Forged"));
        assertThat(next(heard).path("name").asString()).isEqualTo(bruno.name());

        brunoSession.disconnect();
        JsonNode left = next(heard);
        assertThat(left.path("state").asString()).isEqualTo("left");
        assertThat(left.path("userId").asLong()).isEqualTo(bruno.id());
    }

    @Test
    void nobodyHearsWhatTheyMayNotSee() throws Exception {
        long l1 = groupId("L1");
        TestUser owner = people.customer();
        long ticket = api.as(owner).post("/api/v1/tickets", Api.json("subject", "Private", "body", "x"))
                .expect(201).id();
        TestUser stranger = people.customer();
        TestUser outsider = people.agent(); // in no group

        assertRefused(connect(stranger), "/topic/tickets." + ticket + ".public");
        assertRefused(connect(owner), "/topic/tickets." + ticket + ".staff");
        assertRefused(connect(owner), "/topic/tickets." + ticket + ".presence");
        assertRefused(connect(owner), "/topic/groups." + l1);
        assertRefused(connect(outsider), "/topic/tickets." + ticket + ".staff");
        assertRefused(connect(outsider), "/topic/groups." + l1);
        assertRefused(connect(people.agent(l1)), "/topic/anything");
        assertRefused(connect(people.agent(l1)), "/topic/tickets.99999999.staff");
    }

    @Test
    void anAnonymousSocketIsNotAccepted() {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        assertThatThrownBy(() -> client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(),
                new StompSessionHandlerAdapter() { }).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    // --- helpers

    private long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
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

    private static JsonNode next(BlockingQueue<JsonNode> received) throws InterruptedException {
        JsonNode message = received.poll(5, TimeUnit.SECONDS);
        assertThat(message).as("a message within 5 s").isNotNull();
        return message;
    }

    /** A refused subscription ends the session with an ERROR frame. */
    private static void assertRefused(StompSession session, String destination) throws Exception {
        var received = listen(session, destination);
        Thread.sleep(300);
        assertThat(session.isConnected()).as("connected after subscribing to " + destination).isFalse();
        assertThat(received).isEmpty();
    }

}
