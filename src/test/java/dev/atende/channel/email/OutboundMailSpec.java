package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import dev.atende.support.Unique;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mail out: acknowledgements, the team's replies threaded into the customer's conversation, notices to agents. */
abstract class OutboundMailSpec extends ApiSpec {

    private JsonNode ingest(byte[] mail) {
        return api.as(people.admin()).send("POST", "/api/v1/channels/email/raw", BodyPublishers.ofByteArray(mail),
                "message/rfc822").expect(202).json();
    }

    private String number(long ticketId) {
        return api.as(people.admin()).get("/api/v1/tickets/" + ticketId).expect(200).json().path("number").asString();
    }

    private static String header(MimeMessage mail, String name) throws Exception {
        return mail.getHeader(name, " ");
    }

    @Test
    void theCustomerGetsAnAcknowledgementAndTheAgentsReplyThreadedAndTheirAnswerJoinsTheTicket() throws Exception {
        String customer = Unique.email("lia");
        String original = Unique.name("orig") + "@client.test";
        long ticketId = ingest(Mails.plain(original, "Lia <" + customer + ">", "Sem acesso ao ERP", "Não entra",
                "Cc: " + customer.replace("lia", "chefe"))).path("ticketId").asLong();
        String number = number(ticketId);

        MimeMessage ack = TestMail.await(customer, 1).get(0);
        assertThat(ack.getSubject()).isEqualTo("[#" + number + "] Sem acesso ao ERP");
        assertThat(header(ack, "Auto-Submitted")).isEqualTo("auto-replied");

        api.as(people.admin()).post("/api/v1/tickets/" + ticketId + "/articles",
                Api.json("body", "Liberamos seu acesso.\nTente de novo.")).expect(201);

        MimeMessage reply = TestMail.await(customer, 2).stream()
                .filter(m -> { try { return header(m, "Auto-Submitted") == null; } catch (Exception e) { return false; } })
                .findFirst().orElseThrow();
        assertThat(reply.getSubject()).isEqualTo("[#" + number + "] Sem acesso ao ERP");
        assertThat(header(reply, "References")).contains("<" + original + ">");
        assertThat(header(reply, "In-Reply-To")).startsWith("<").endsWith(">");
        assertThat(reply.getContentType()).startsWith("multipart/");
        assertThat(TestMail.await(customer.replace("lia", "chefe"), 1)).hasSize(1);
        String ourId = reply.getMessageID().replace("<", "").replace(">", "");

        var answer = ingest(Mails.plain(Unique.name("ans") + "@client.test", customer, "Re: Sem acesso ao ERP",
                "Funcionou, obrigada", "In-Reply-To: <" + ourId + ">"));

        assertThat(answer.path("result").asString()).isEqualTo("appended");
        assertThat(answer.path("ticketId").asLong()).isEqualTo(ticketId);
    }

    @Test
    void machinesGetNoAcknowledgementAndNobodyGetsMoreThanFiveAnHour() {
        String robot = Unique.email("robot");
        String list = Unique.email("list");
        String chatty = Unique.email("chatty");

        ingest(Mails.plain(Unique.name("r") + "@c.test", robot, "Out of office", "Away", "Auto-Submitted: auto-replied"));
        ingest(Mails.plain(Unique.name("l") + "@c.test", list, "Digest", "News", "List-Id: <news.example.com>",
                "Precedence: list"));
        for (int i = 0; i < 7; i++) {
            ingest(Mails.plain(Unique.name("c" + i) + "@c.test", chatty, "Pergunta " + i, "?"));
        }
        TestMail.await(chatty, 5);
        sleepSeconds(3);

        assertThat(TestMail.to(robot)).isEmpty();
        assertThat(TestMail.to(list)).isEmpty();
        assertThat(TestMail.to(chatty)).hasSize(5);
    }

    @Test
    void agentsHearOfNewTicketsInTheirGroupAndOfAssignments() throws Exception {
        long l2 = api.as(people.admin()).get("/api/v1/groups").expect(200).json().valueStream()
                .filter(g -> g.path("name").asString().equals("L2")).findFirst().orElseThrow().path("id").asLong();
        var agent = people.agent(l2);
        var customer = people.customer();

        long id = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Servidor fora", "body", "Caiu",
                "group", l2, "customer", java.util.Map.of("email", customer.email()))).expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("assignee", agent.id())).expect(200);

        List<MimeMessage> notices = TestMail.await(agent.email(), 2);
        assertThat(notices.get(0).getSubject()).contains("Servidor fora");
        assertThat(String.valueOf(notices.get(1).getContent())).isNotNull();
    }

    @Test
    void solvingTellsTheCustomer() throws Exception {
        var customer = people.customer();
        long id = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Teclado", "body", "Tecla presa"))
                .expect(201).id();

        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "solved")).expect(200);

        assertThat(TestMail.await(customer.email(), 1).get(0).getSubject()).contains("Teclado");
    }

    @Test
    void repliesToMailFromAMailboxGoOutFromItsAddressThroughItsOwnSmtpServer() throws Exception {
        var ownSmtp = new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());
        ownSmtp.start();
        try {
            String address = Unique.email("vendas");
            long mailbox = api.as(people.admin()).post("/api/v1/channels/email/mailboxes", Api.json("name",
                    Unique.name("Vendas"), "address", address, "protocol", "imap", "security", "none",
                    "host", "127.0.0.1", "port", 1, "username", "vendas", "password", "x", "active", false,
                    "smtp", Api.json("host", "127.0.0.1", "port", ownSmtp.getSmtp().getPort(), "security", "none")))
                    .expect(201).id();
            String customer = Unique.email("rafa");
            long ticketId = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw?mailbox=" + mailbox,
                    BodyPublishers.ofByteArray(Mails.plain(Unique.name("v") + "@c.test", customer, "Orçamento", "Preço?")),
                    "message/rfc822").expect(202).json().path("ticketId").asLong();

            api.as(people.admin()).post("/api/v1/tickets/" + ticketId + "/articles", Api.json("body", "R$ 10")).expect(201);

            assertThat(ownSmtp.waitForIncomingEmail(20_000, 2)).isTrue();
            MimeMessage reply = java.util.Arrays.stream(ownSmtp.getReceivedMessages())
                    .filter(m -> { try { return header(m, "Auto-Submitted") == null; } catch (Exception e) { return false; } })
                    .findFirst().orElseThrow();
            assertThat(reply.getFrom()[0].toString()).contains(address);
            assertThat(TestMail.to(customer)).isEmpty();
        } finally {
            ownSmtp.stop();
        }
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
