package dev.atende.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.AtendeApplication;
import dev.atende.support.Api;
import dev.atende.support.LiveClient;
import dev.atende.support.People;
import dev.atende.support.TestServer;
import dev.atende.support.TestUser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database and one external STOMP broker (the local RabbitMQ with its STOMP
 * plugin, on 127.0.0.1:61613): a browser on one node hears what happens on the other, and the
 * access rules hold on every node. Skipped when no broker listens, unless
 * {@code ATENDE_TEST_STOMP_RELAY=required} (CI), where that is a failure.
 */
class LiveRelayTests {

    private static final int RELAY_PORT = 61613;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final LiveClient live = new LiveClient();

    @BeforeAll
    static void startTwoNodes() throws IOException {
        boolean listening = listening();
        if (!listening && !"required".equals(System.getenv("ATENDE_TEST_STOMP_RELAY"))) {
            Assumptions.abort("no STOMP broker on 127.0.0.1:" + RELAY_PORT + ": relay tests skipped");
        }
        assertThat(listening).as("a STOMP broker on 127.0.0.1:" + RELAY_PORT + " (rabbitmq_stomp)").isTrue();
        String database = "jdbc:h2:mem:relay-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        first = node(database);
        second = node(database);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void disconnect() {
        live.close();
    }

    @Test
    void aBrowserOnOneNodeHearsATicketOpenedAndRepliedToOnAnother() throws Exception {
        People people = People.on(port(first));
        long l1 = groupId(people, "L1");
        TestUser agent = people.agent(l1);
        TestUser customer = people.customer();

        var queue = LiveClient.listen(live.connect(port(first), agent), "/topic/groups." + l1);
        long ticket = Api.at(port(second)).as(customer).post("/api/v1/tickets",
                Api.json("subject", "Dois nós", "body", "Olá")).expect(201).id();
        JsonNode created = LiveClient.next(queue);
        assertThat(created.path("kind").asString()).isEqualTo("created");
        assertThat(created.path("ticketId").asLong()).isEqualTo(ticket);

        var replies = LiveClient.listen(live.connect(port(first), customer), "/topic/tickets." + ticket + ".public");
        var staff = LiveClient.listen(live.connect(port(first), agent), "/topic/tickets." + ticket + ".staff");
        Api.at(port(second)).as(agent).post("/api/v1/tickets/" + ticket + "/articles",
                Api.json("body", "Só para a equipe", "visibility", "internal")).expect(201);
        Api.at(port(second)).as(agent).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Oi!"))
                .expect(201);

        var articles = new java.util.ArrayList<Boolean>(); // the note's and the reply's, among status changes
        while (articles.size() < 2) {
            JsonNode signal = LiveClient.next(staff);
            if (signal.path("kind").asString().equals("article")) {
                articles.add(signal.path("internal").asBoolean());
            }
        }
        assertThat(articles).containsExactly(true, false);
        assertThat(LiveClient.next(replies).path("kind").asString()).as("the public reply only").isEqualTo("reply");
        assertThat(replies.poll(500, TimeUnit.MILLISECONDS)).as("the customer never hears of the note").isNull();
    }

    @Test
    void theRelayDoesNotOpenTopicsTheNodeWouldRefuse() throws Exception {
        People people = People.on(port(second));
        long l1 = groupId(people, "L1");
        TestUser customer = people.customer();
        var session = live.connect(port(second), customer);

        LiveClient.listen(session, "/topic/groups." + l1);
        Thread.sleep(300);
        assertThat(session.isConnected()).as("a customer on a group's topic is refused").isFalse();

        var sender = live.connect(port(second), people.agent(l1));
        sender.send("/topic/groups." + l1, java.util.Map.of("kind", "forged"));
        Thread.sleep(300);
        assertThat(sender.isConnected()).as("nobody sends to a topic through the relay").isFalse();
    }

    private static ConfigurableApplicationContext node(String database) throws IOException {
        return new SpringApplicationBuilder(AtendeApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=sa",
                "--atende.data-dir=" + Files.createTempDirectory("atende-relay-node"),
                "--atende.admin.email=" + TestServer.ADMIN_EMAIL,
                "--atende.admin.password=" + TestServer.ADMIN_PASSWORD,
                "--atende.live.relay.host=127.0.0.1",
                "--atende.live.relay.port=" + RELAY_PORT,
                "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static long groupId(People people, String name) {
        for (JsonNode group : Api.at(port(first)).as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    private static boolean listening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", RELAY_PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
