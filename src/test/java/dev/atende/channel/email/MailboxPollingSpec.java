package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.atende.channel.email.internal.polling.MailboxPoller;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Mail polled from real IMAP and POP3 servers (GreenMail, in process, on free ports): it becomes
 * tickets, leaves the server once it is stored here, and failures say what went wrong.
 * Mailboxes are created inactive and polled on demand, so the scheduler does not race the test.
 */
abstract class MailboxPollingSpec extends ApiSpec {

    private static final String MAILBOXES = "/api/v1/channels/email/mailboxes";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL))
            .withPerMethodLifecycle(false);

    @Autowired
    MailboxPoller poller;

    @Test
    void mailArrivingOverImapBecomesTicketsAndLeavesTheServerOnceStored() throws Exception {
        var account = account();
        String subject = Unique.name("Impressora");
        deliver(account, Mails.plain(Unique.name("imap") + "@client.test", "Maria <" + Unique.email("maria") + ">",
                subject, "A impressora parou."));
        deliver(account, Mails.withAttachment(Unique.name("imap-pdf") + "@client.test", Unique.email("joao"),
                subject + " contrato", "<p>Segue o <b>contrato</b></p>", "contrato.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        long l2 = group("L2");
        long id = mailbox("imap", imapPort(), account, "group", l2);

        var first = poller.pollNow(id, WAIT);
        var second = poller.pollNow(id, WAIT);

        assertThat(first.results()).isEqualTo(Map.of("created", 2));
        assertThat(second.ran()).isTrue();
        assertThat(second.fetched()).isZero();
        assertThat(waiting(account)).isZero();
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select source, remote_uid, status, ticket_id from mail_inbound where mailbox_id = ? order by id", id);
        assertThat(stored).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("source")).isEqualTo("imap");
            assertThat((String) row.get("remote_uid")).matches("\\d+:\\d+");
            assertThat(row.get("status")).isEqualTo("processed");
        });
        var tickets = stored.stream().map(row -> api.as(people.admin()).get("/api/v1/tickets/" + row.get("ticket_id"))
                .expect(200).json()).toList();
        assertThat(tickets).extracting(t -> t.path("subject").asString())
                .containsExactlyInAnyOrder(subject, subject + " contrato");
        assertThat(tickets).allSatisfy(ticket -> {
            assertThat(ticket.path("channel").asString()).isEqualTo("email");
            assertThat(ticket.path("group").path("name").asString()).isEqualTo("L2");
        });
        var state = mailboxJson(id);
        assertThat(state.path("lastError").isNull()).isTrue();
        assertThat(state.path("failures").asInt()).isZero();
        assertThat(state.path("lastPolledAt").isNull()).isFalse();
    }

    @Test
    void mailArrivingOverPop3BecomesATicketOnceEvenWhenTheServerHoldsItTwice() throws Exception {
        var account = account();
        String subject = Unique.name("Senha");
        byte[] mail = Mails.plain(Unique.name("pop") + "@client.test", Unique.email("ana"), subject, "Esqueci a senha");
        deliver(account, mail);
        deliver(account, mail);
        long id = mailbox("pop3", greenMail.getPop3().getPort(), account);

        var first = poller.pollNow(id, WAIT);
        var second = poller.pollNow(id, WAIT);

        assertThat(first.results()).isEqualTo(Map.of("created", 1, "duplicate", 1));
        assertThat(second.fetched()).isZero();
        assertThat(waiting(account)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tickets where subject = ?", Long.class, subject))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select source from mail_inbound where mailbox_id = ?", String.class, id))
                .isEqualTo("pop3");
        assertThat(jdbc.queryForObject("select remote_uid from mail_inbound where mailbox_id = ?", String.class, id))
                .isNotBlank();
    }

    @Test
    void messagesIngestedSideBySideKeepTheirConversationsInOrder() throws Exception {
        var account = account();
        String parentId = Unique.name("parent") + "@client.test";
        String subject = Unique.name("Conversa");
        String newCustomer = Unique.email("nova");
        deliver(account, Mails.plain(parentId, Unique.email("ana"), subject, "Primeira mensagem"));
        for (int i = 0; i < 6; i++) {
            deliver(account, Mails.plain(Unique.name("burst") + "@client.test", newCustomer, Unique.name("Pedido"), "x"));
        }
        deliver(account, Mails.plain(Unique.name("reply") + "@client.test", Unique.email("colega"), "Re: " + subject,
                "Eu também", "In-Reply-To: <" + parentId + ">", "References: <" + parentId + ">"));
        long id = mailbox("imap", imapPort(), account);

        var outcome = poller.pollNow(id, WAIT);

        assertThat(outcome.results()).isEqualTo(Map.of("created", 7, "appended", 1));
        assertThat(jdbc.queryForObject("select count(*) from tickets where subject = ?", Long.class, subject))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, newCustomer))
                .isEqualTo(1);
    }

    @Test
    void aMailThatCannotBeProcessedIsKeptAsFailedAndStillLeavesTheServer() throws Exception {
        var account = account();
        deliver(account, ("Message-ID: <" + Unique.name("nofrom") + "@c.test>\r\nSubject: no sender\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        long id = mailbox("imap", imapPort(), account);

        var outcome = poller.pollNow(id, WAIT);

        assertThat(outcome.results()).isEqualTo(Map.of("failed", 1));
        assertThat(waiting(account)).isZero();
        assertThat(jdbc.queryForObject("select status from mail_inbound where mailbox_id = ?", String.class, id))
                .isEqualTo("failed");
    }

    @Test
    void aWrongPasswordFailsAtSignInAndThePollsBackOffUntilItIsFixed() throws Exception {
        var account = account();
        deliver(account, Mails.plain(Unique.name("later") + "@c.test", Unique.email("rui"), Unique.name("Later"), "x"));
        long id = mailbox("imap", imapPort(), new Account(account.user(), account.login(), "wrong-password"));

        var test = test(id);
        assertThat(test.path("ok").asBoolean()).isFalse();
        assertThat(test.path("stage").asString()).isEqualTo("login");
        assertThat(test.path("message").asString()).contains("refused the sign-in of " + account.login());

        poller.pollNow(id, WAIT);
        var once = mailboxJson(id);
        poller.pollNow(id, WAIT);
        var twice = mailboxJson(id);

        assertThat(once.path("lastError").asString()).contains("refused the sign-in");
        assertThat(once.path("failures").asInt()).isEqualTo(1);
        assertThat(wait(once)).isEqualTo(Duration.ofSeconds(120));
        assertThat(twice.path("failures").asInt()).isEqualTo(2);
        assertThat(wait(twice)).isEqualTo(Duration.ofSeconds(240));
        assertThat(waiting(account)).isEqualTo(1);

        var changed = api.as(people.admin()).patch(MAILBOXES + "/" + id, Api.json("password", account.password()))
                .expect(200).json();
        assertThat(changed.path("failures").asInt()).isZero();
        assertThat(mailboxJson(id).path("failures").asInt()).isZero();
        var fixed = poller.pollNow(id, WAIT);

        assertThat(fixed.results()).isEqualTo(Map.of("created", 1));
        assertThat(mailboxJson(id).path("lastError").isNull()).isTrue();
        assertThat(mailboxJson(id).path("failures").asInt()).isZero();
        assertThat(waiting(account)).isZero();
    }

    @Test
    void theTestSaysWhichStepFailedOrHowMuchMailIsWaiting() throws Exception {
        var account = account();
        deliver(account, Mails.plain(Unique.name("w") + "@c.test", Unique.email("w"), "Waiting", "x"));
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        var works = test(mailbox("imap", imapPort(), account));
        var worksOverPop3 = test(mailbox("pop3", greenMail.getPop3().getPort(), account));
        var closed = test(mailbox("imap", closedPort, account));
        var noFolder = test(mailbox("imap", imapPort(), account, "folder", "Arquivo/Suporte"));
        var untrusted = test(mailbox("imap", greenMail.getImaps().getPort(), account, "security", "tls"));
        var unknown = test(mailbox("pop3", 110, account, "host", "pop.nonexistent.invalid"));

        assertThat(works.path("ok").asBoolean()).isTrue();
        assertThat(works.path("stage").isNull()).isTrue();
        assertThat(works.path("message").asString()).contains("one message is waiting in INBOX");
        assertThat(worksOverPop3.path("ok").asBoolean()).isTrue();
        assertThat(closed.path("stage").asString()).isEqualTo("connect");
        assertThat(closed.path("message").asString()).contains("refused the connection on port " + closedPort);
        assertThat(noFolder.path("stage").asString()).isEqualTo("folder");
        assertThat(noFolder.path("message").asString()).contains("Arquivo/Suporte");
        assertThat(untrusted.path("stage").asString()).isEqualTo("tls");
        assertThat(untrusted.path("message").asString()).contains("certificate");
        assertThat(unknown.path("stage").asString()).isEqualTo("dns");
        assertThat(waiting(account)).isEqualTo(1);
    }

    @Test
    void anActiveMailboxIsPolledByTheSchedulerWithoutAnyoneAsking() throws Exception {
        var account = account();
        deliver(account, Mails.plain(Unique.name("sched") + "@c.test", Unique.email("eva"), Unique.name("Sozinho"), "x"));
        long id = mailbox("imap", imapPort(), account, "active", true);

        Instant deadline = Instant.now().plus(WAIT);
        while (waiting(account) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(waiting(account)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_inbound where mailbox_id = ?", Long.class, id))
                .isEqualTo(1);
        api.as(people.admin()).patch(MAILBOXES + "/" + id, Api.json("active", false)).expect(200);
    }

    record Account(GreenMailUser user, String login, String password) {
    }

    private static Account account() {
        String login = Unique.name("inbox");
        String password = Unique.name("pw");
        return new Account(greenMail.setUser(login + "@atende.test", login, password), login, password);
    }

    private static void deliver(Account account, byte[] raw) throws Exception {
        account.user().deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static int waiting(Account account) throws FolderException {
        return greenMail.getManagers().getImapHostManager().getInbox(account.user()).getMessageCount();
    }

    private static int imapPort() {
        return greenMail.getImap().getPort();
    }

    private long mailbox(String protocol, int port, Account account, Object... overrides) {
        Map<String, Object> body = Api.json("name", Unique.name("Caixa"), "address", Unique.email("caixa"),
                "protocol", protocol, "security", "none", "host", "127.0.0.1", "port", port,
                "username", account.login(), "password", account.password(), "active", false);
        body.putAll(Api.json(overrides));
        return api.as(people.admin()).post(MAILBOXES, body).expect(201).id();
    }

    private JsonNode test(long id) {
        return api.as(people.admin()).post(MAILBOXES + "/" + id + "/test", Api.json()).expect(200).json();
    }

    private JsonNode mailboxJson(long id) {
        return api.as(people.admin()).get(MAILBOXES + "/" + id).expect(200).json();
    }

    private static Duration wait(JsonNode mailbox) {
        return Duration.between(Instant.parse(mailbox.path("lastPolledAt").asString()),
                Instant.parse(mailbox.path("nextPollAt").asString()));
    }

    private long group(String name) {
        return api.as(people.admin()).get("/api/v1/groups").expect(200).json().valueStream()
                .filter(g -> g.path("name").asString().equals(name)).findFirst().orElseThrow().path("id").asLong();
    }
}
