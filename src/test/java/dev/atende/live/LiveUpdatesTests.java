package dev.atende.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.LiveClient;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.Map;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    private final LiveClient live = new LiveClient();

    @AfterEach
    void disconnect() {
        live.close();
    }

    @Test
    void agentsHearChangesRepliesAndNotesOfATicketTheCustomerOnlyPublicReplies() throws Exception {
        long l1 = groupId("L1");
        TestUser agent = people.agent(l1);
        TestUser other = people.agent(l1);
        TestUser customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Live " + Unique.name("t"),
                "body", "Hello")).expect(201).id();

        var staff = LiveClient.listen(live.connect(port, agent), "/topic/tickets." + ticket + ".staff");
        var queue = LiveClient.listen(live.connect(port, agent), "/topic/groups." + l1);
        var replies = LiveClient.listen(live.connect(port, customer), "/topic/tickets." + ticket + ".public");

        api.as(other).patch("/api/v1/tickets/" + ticket, Api.json("priority", "high")).expect(200);
        JsonNode updated = LiveClient.next(staff);
        assertThat(updated.path("kind").asString()).isEqualTo("updated");
        assertThat(updated.path("actorName").asString()).isEqualTo(other.name());
        assertThat(updated.path("fields").toString()).contains("priority");
        assertThat(updated.path("version").asLong()).isPositive();
        assertThat(LiveClient.next(queue).path("ticketId").asLong()).isEqualTo(ticket);

        api.as(other).post("/api/v1/tickets/" + ticket + "/articles",
                Api.json("body", "Secret note", "visibility", "internal")).expect(201);
        JsonNode note = LiveClient.next(staff);
        assertThat(note.path("kind").asString()).isEqualTo("article");
        assertThat(note.path("internal").asBoolean()).isTrue();
        assertThat(note.toString()).doesNotContain("Secret note");

        api.as(other).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Public answer")).expect(201);
        assertThat(LiveClient.next(replies).path("kind").asString()).isEqualTo("reply");
        assertThat(replies.poll(300, TimeUnit.MILLISECONDS)).as("only the public reply reaches the customer").isNull();
    }

    @Test
    void agentsOnTheSameTicketSeeEachOtherViewingTypingAndLeaving() throws Exception {
        long l1 = groupId("L1");
        TestUser ana = people.agent(l1);
        TestUser bruno = people.agent(l1);
        long ticket = api.as(people.customer()).post("/api/v1/tickets", Api.json("subject", "Presence", "body", "x"))
                .expect(201).id();
        StompSession anaSession = live.connect(port, ana);
        var heard = LiveClient.listen(anaSession, "/topic/tickets." + ticket + ".presence");
        StompSession brunoSession = live.connect(port, bruno);

        brunoSession.send("/app/tickets." + ticket + ".presence", Map.of("state", "typing"));
        JsonNode typing = LiveClient.next(heard);
        assertThat(typing.path("userId").asLong()).isEqualTo(bruno.id());
        assertThat(typing.path("name").asString()).isEqualTo(bruno.name());
        assertThat(typing.path("state").asString()).isEqualTo("typing");

        brunoSession.send("/app/tickets." + ticket + ".presence", Map.of("state", "viewing", "name", "Forged"));
        assertThat(LiveClient.next(heard).path("name").asString()).isEqualTo(bruno.name());

        brunoSession.disconnect();
        JsonNode left = LiveClient.next(heard);
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

        assertRefused(live.connect(port, stranger), "/topic/tickets." + ticket + ".public");
        assertRefused(live.connect(port, owner), "/topic/tickets." + ticket + ".staff");
        assertRefused(live.connect(port, owner), "/topic/tickets." + ticket + ".presence");
        assertRefused(live.connect(port, owner), "/topic/groups." + l1);
        assertRefused(live.connect(port, outsider), "/topic/tickets." + ticket + ".staff");
        assertRefused(live.connect(port, outsider), "/topic/groups." + l1);
        assertRefused(live.connect(port, people.agent(l1)), "/topic/anything");
        assertRefused(live.connect(port, people.agent(l1)), "/topic/tickets.99999999.staff");
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

    /** A refused subscription ends the session with an ERROR frame. */
    private static void assertRefused(StompSession session, String destination) throws Exception {
        var received = LiveClient.listen(session, destination);
        Thread.sleep(300);
        assertThat(session.isConnected()).as("connected after subscribing to " + destination).isFalse();
        assertThat(received).isEmpty();
    }

}
