package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Mail that answers a ticket after it was merged into another lands on the ticket it was merged
 * into, found by the thread's Message-IDs or by the number in the subject, over the raw API and
 * over IMAP (GreenMail in process); the merged ticket's customer counts as a known sender there.
 */
abstract class MergedTicketMailSpec extends ApiSpec {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL))
            .withPerMethodLifecycle(false);

    @Autowired
    MailboxPoller poller;

    private JsonNode ingest(byte[] mail) {
        return api.as(people.admin()).send("POST", "/api/v1/channels/email/raw", BodyPublishers.ofByteArray(mail),
                "message/rfc822").expect(202).json();
    }

    private JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    private JsonNode articles(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
    }

    private void merge(long source, long into) {
        api.as(people.admin()).post("/api/v1/tickets/" + source + "/merge", Api.json("into", into)).expect(200);
    }

    private record Merged(long source, long target, JsonNode reply) {
    }

    /** Bia's ticket merged into Ana's, then Bia answers her own ticket's thread by e-mail. */
    private Merged mergeBiasTicketIntoAnasThenBiaReplies(String ana, String bia) {
        String sourceMessage = Unique.name("source") + "@client.test";
        long source = ingest(Mails.plain(sourceMessage, bia, "Wi-Fi caiu", "Sem rede no 3º andar")).path("ticketId")
                .asLong();
        long target = ingest(Mails.plain(Unique.name("target") + "@client.test", ana, "Wi-Fi fora do ar",
                "Sem rede")).path("ticketId").asLong();
        merge(source, target);
        var reply = ingest(Mails.plain(Unique.name("reply") + "@client.test", bia, "Re: Wi-Fi caiu", "Voltou a cair",
                "In-Reply-To: <" + sourceMessage + ">", "References: <" + sourceMessage + ">"));
        return new Merged(source, target, reply);
    }

    @Test
    void aColleaguesReplyToTheMergedTicketsThreadLandsOnTheTargetAsFromAKnownSender() {
        String domain = Unique.domain("wifi");
        api.as(people.admin()).post("/api/v1/organizations", Api.json("name", Unique.name("Wi-Fi Ltda"),
                "domains", List.of(domain))).expect(201);
        String ana = Unique.name("ana").toLowerCase() + "@" + domain;
        String bia = Unique.name("bia").toLowerCase() + "@" + domain;
        var merged = mergeBiasTicketIntoAnasThenBiaReplies(ana, bia);
        long source = merged.source();
        long target = merged.target();
        var reply = merged.reply();

        assertThat(reply.path("result").asString()).isEqualTo("appended");
        assertThat(reply.path("ticketId").asLong()).isEqualTo(target);
        assertThat(reply.path("reason").isNull()).isTrue(); // Bia joined the target when her ticket was merged
        assertThat(texts(articles(target))).contains("Voltou a cair");
        assertThat(texts(articles(source))).doesNotContain("Voltou a cair");
        assertThat(ticket(source).path("status").asString()).isEqualTo("closed");
        assertThat(jdbc.queryForList("select address from mail_ticket_recipients where ticket_id = ?", String.class,
                target)).contains(bia.toLowerCase());
    }

    @Test
    void aStrangersTicketMergedInDoesNotCopyThemOnTheOtherCustomersConversation() {
        String ana = Unique.email("ana");
        String bia = Unique.email("bia");
        var merged = mergeBiasTicketIntoAnasThenBiaReplies(ana, bia);
        long target = merged.target();
        var reply = merged.reply();

        assertThat(reply.path("ticketId").asLong()).isEqualTo(target); // nothing she writes is lost
        assertThat(reply.path("reason").asString()).isEqualTo("unverified-sender");
        assertThat(jdbc.queryForList("select address from mail_ticket_recipients where ticket_id = ?", String.class,
                target)).doesNotContain(bia.toLowerCase());
    }

    @Test
    void aReplyNamingTheMergedTicketsNumberFollowsTheWholeChainOfMerges() {
        String customer = Unique.email("caio");
        long first = ingest(Mails.plain(Unique.name("a") + "@c.test", customer, "Impressora", "Parou")).path("ticketId")
                .asLong();
        long second = ingest(Mails.plain(Unique.name("b") + "@c.test", customer, "Impressora 2", "Parou de novo"))
                .path("ticketId").asLong();
        long third = ingest(Mails.plain(Unique.name("c") + "@c.test", customer, "Impressora 3", "E de novo"))
                .path("ticketId").asLong();
        merge(first, second);
        merge(second, third);

        var reply = ingest(Mails.plain(Unique.name("r") + "@c.test", customer,
                "RE: [#" + ticket(first).path("number").asString() + "] Impressora", "Ainda parada"));

        assertThat(reply.path("result").asString()).isEqualTo("appended");
        assertThat(reply.path("ticketId").asLong()).isEqualTo(third);
        assertThat(texts(articles(third))).contains("Ainda parada");
    }

    @Test
    void aReplyPolledOverImapAfterTheMergeLandsOnTheTarget() throws Exception {
        String login = Unique.name("inbox");
        String password = Unique.name("pw");
        GreenMailUser account = greenMail.setUser(login + "@atende.test", login, password);
        String customer = Unique.email("dani");
        String sourceMessage = Unique.name("imap-source") + "@client.test";
        deliver(account, Mails.plain(sourceMessage, customer, Unique.name("Backup"), "O backup falhou"));
        long mailbox = api.as(people.admin()).post("/api/v1/channels/email/mailboxes", Api.json("name",
                Unique.name("Caixa"), "address", Unique.email("caixa"), "protocol", "imap", "security", "none",
                "host", "127.0.0.1", "port", greenMail.getImap().getPort(), "username", login, "password", password,
                "active", false)).expect(201).id();
        assertThat(poller.pollNow(mailbox, WAIT).results()).isEqualTo(Map.of("created", 1));
        long source = jdbc.queryForObject("select ticket_id from mail_inbound where mailbox_id = ?", Long.class,
                mailbox);
        long target = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Backups", "body", "x",
                "customer", Api.json("email", customer))).expect(201).id();
        merge(source, target);

        deliver(account, Mails.plain(Unique.name("imap-reply") + "@client.test", customer, "Re: Backup",
                "Falhou de novo", "In-Reply-To: <" + sourceMessage + ">"));
        assertThat(poller.pollNow(mailbox, WAIT).results()).isEqualTo(Map.of("appended", 1));

        assertThat(texts(articles(target))).contains("Falhou de novo");
        assertThat(texts(articles(source))).doesNotContain("Falhou de novo");
    }

    private static void deliver(GreenMailUser account, byte[] raw) throws Exception {
        account.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static java.util.List<String> texts(JsonNode articles) {
        return articles.valueStream().map(a -> a.path("body").asString().strip()).toList();
    }
}
