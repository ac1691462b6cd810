package dev.atende.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.LiveClient;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompSession;
import tools.jackson.databind.JsonNode;

/**
 * A new notice reaches its recipient's browser through a real WebSocket and STOMP client signed
 * in like a browser; nobody else may listen to that person's notices.
 */
@H2ServerTest
class NotificationLiveTests extends ApiSpec {

    @LocalServerPort
    int port;

    private final LiveClient live = new LiveClient();

    @AfterEach
    void disconnect() {
        live.close();
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
        var heard = LiveClient.listen(live.connect(port, bruno), "/topic/people." + bruno.id() + ".notifications");
        var anaHears = LiveClient.listen(live.connect(port, ana), "/topic/people." + ana.id() + ".notifications");

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
        StompSession session = live.connect(port, ana);
        var received = LiveClient.listen(session, "/topic/people." + bruno.id() + ".notifications");
        Thread.sleep(300);
        assertThat(session.isConnected()).as("refused: the session ends").isFalse();
        assertThat(received).isEmpty();

        StompSession admin = live.connect(port, people.admin());
        LiveClient.listen(admin, "/topic/people." + bruno.id() + ".notifications");
        Thread.sleep(300);
        assertThat(admin.isConnected()).as("not even an admin").isFalse();

        StompSession sending = live.connect(port, bruno);
        sending.send("/topic/people." + bruno.id() + ".notifications", Map.of("kind", "forged"));
        Thread.sleep(300);
        assertThat(sending.isConnected()).as("nobody sends to it").isFalse();
    }

}
