package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiResponse;
import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mail piped in through the API: stored, threaded into tickets, never processed twice, never lost. */
abstract class InboundMailSpec extends ApiSpec {

    private ApiResponse pipe(byte[] mail) {
        return api.as(people.admin()).send("POST", "/api/v1/channels/email/raw", BodyPublishers.ofByteArray(mail),
                "message/rfc822");
    }

    private JsonNode ingest(byte[] mail) {
        return pipe(mail).expect(202).json();
    }

    private JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    private JsonNode articles(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
    }

    @Test
    void aNewMailOpensATicketForItsSenderWhoBecomesACustomer() {
        String sender = Unique.email("maria");
        var result = ingest(Mails.plain(Unique.name("m") + "@client.test", "Maria Souza <" + sender + ">",
                "Impressora não imprime", "Bom dia, a impressora parou."));

        assertThat(result.path("result").asString()).isEqualTo("created");
        var ticket = ticket(result.path("ticketId").asLong());
        assertThat(ticket.path("subject").asString()).isEqualTo("Impressora não imprime");
        assertThat(ticket.path("channel").asString()).isEqualTo("email");
        assertThat(ticket.path("customer").path("email").asString()).isEqualTo(sender);
        assertThat(ticket.path("customer").path("name").asString()).isEqualTo("Maria Souza");
        var first = articles(ticket.path("id").asLong()).get(0);
        assertThat(first.path("body").asString()).contains("a impressora parou");
        assertThat(first.path("sender").asString()).isEqualTo("customer");
    }

    @Test
    void theSameMailTwiceIsProcessedOnce() {
        byte[] mail = Mails.plain(Unique.name("dup") + "@client.test", Unique.email("dup"), "Twice", "Once please");

        var first = ingest(mail);
        var second = ingest(mail);

        assertThat(second.path("result").asString()).isEqualTo("duplicate");
        assertThat(second.path("ticketId").asLong()).isEqualTo(first.path("ticketId").asLong());
        assertThat(jdbc.queryForObject("select count(*) from mail_inbound where id = ?", Long.class,
                first.path("inboundId").asLong())).isEqualTo(1);
    }

    @Test
    void aReplyJoinsItsTicketByInReplyToAndReopensItWhenSolved() {
        String customer = Unique.email("ana");
        String firstId = Unique.name("first") + "@client.test";
        long ticketId = ingest(Mails.plain(firstId, customer, "VPN", "Não conecta")).path("ticketId").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + ticketId, Api.json("status", "solved")).expect(200);

        var reply = ingest(Mails.plain(Unique.name("second") + "@client.test", customer, "Re: VPN",
                "Voltou a falhar", "In-Reply-To: <" + firstId + ">", "References: <" + firstId + ">"));

        assertThat(reply.path("result").asString()).isEqualTo("appended");
        assertThat(reply.path("ticketId").asLong()).isEqualTo(ticketId);
        assertThat(ticket(ticketId).path("status").asString()).isEqualTo("open");
        assertThat(articles(ticketId).size()).isEqualTo(2);
    }

    @Test
    void aReplyWithoutThreadHeadersJoinsByTheTicketNumberInTheSubject() {
        String customer = Unique.email("bia");
        var opened = ticket(ingest(Mails.plain(Unique.name("a") + "@c.test", customer, "Senha", "Esqueci"))
                .path("ticketId").asLong());

        var reply = ingest(Mails.plain(Unique.name("b") + "@c.test", customer,
                "RES: [#" + opened.path("number").asString() + "] Senha", "Já consegui"));

        assertThat(reply.path("result").asString()).isEqualTo("appended");
        assertThat(reply.path("ticketId").asLong()).isEqualTo(opened.path("id").asLong());
        assertThat(reply.path("reason").isNull()).isTrue();
    }

    @Test
    void aStrangersReplyIsAddedButMarkedAsFromAnUnverifiedSender() {
        var opened = ticket(ingest(Mails.plain(Unique.name("a") + "@c.test", Unique.email("owner"), "Conta", "Ajuda"))
                .path("ticketId").asLong());

        var reply = ingest(Mails.plain(Unique.name("b") + "@c.test", Unique.email("stranger"),
                "Re: [#" + opened.path("number").asString() + "] Conta", "Eu também"));

        assertThat(reply.path("result").asString()).isEqualTo("appended");
        assertThat(reply.path("reason").asString()).isEqualTo("unverified-sender");
        assertThat(jdbc.queryForObject("select unverified_sender from mail_articles where article_id = ?",
                Boolean.class, reply.path("articleId").asLong())).isTrue();
    }

    @Test
    void aReplyToAClosedTicketOpensAFollowUp() {
        String customer = Unique.email("caio");
        String firstId = Unique.name("closed") + "@c.test";
        long closed = ingest(Mails.plain(firstId, customer, "Old", "Old problem")).path("ticketId").asLong();
        api.as(people.admin()).patch("/api/v1/tickets/" + closed, Api.json("status", "closed")).expect(200);

        var reply = ingest(Mails.plain(Unique.name("later") + "@c.test", customer, "Re: Old", "Again",
                "In-Reply-To: <" + firstId + ">"));

        assertThat(reply.path("result").asString()).isEqualTo("created");
        assertThat(reply.path("ticketId").asLong()).isNotEqualTo(closed);
        assertThat(articles(reply.path("ticketId").asLong()).valueStream().map(a -> a.path("body").asString()))
                .anyMatch(body -> body.contains("#" + ticket(closed).path("number").asString()));
    }

    @Test
    void htmlIsSanitizedAndFilesAreAttached() {
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
        var result = ingest(Mails.withAttachment(Unique.name("h") + "@c.test", Unique.email("dani"), "Contrato",
                "<p>Segue <b>contrato</b><script>alert(1)</script></p>", "contrato.pdf", pdf));

        var article = articles(result.path("ticketId").asLong()).get(0);
        assertThat(article.path("contentType").asString()).isEqualTo("text/html");
        assertThat(article.path("body").asString()).contains("<b>contrato</b>").doesNotContain("script");
        assertThat(article.path("attachments").get(0).path("filename").asString()).isEqualTo("contrato.pdf");
        assertThat(article.path("attachments").get(0).path("size").asLong()).isEqualTo(pdf.length);
    }

    @Test
    void aFileOverTheAttachmentLimitIsDroppedWithANoteWhileTheMailStillBecomesATicket() {
        byte[] log = new byte[21 * 1024 * 1024]; // the default limit is 20 MB
        Arrays.fill(log, (byte) 'x');
        var result = ingest(Mails.withAttachment(Unique.name("big") + "@c.test", Unique.email("edu"), "Logs",
                "<p>Os logs do servidor seguem anexos</p>", "servidor.log", log));

        assertThat(result.path("result").asString()).isEqualTo("created");
        var articles = articles(result.path("ticketId").asLong());
        assertThat(articles.get(0).path("body").asString()).contains("Os logs do servidor");
        assertThat(articles.get(0).path("attachments").size()).isZero();
        assertThat(articles.valueStream()).anyMatch(a -> a.path("visibility").asString().equals("internal")
                && a.path("body").asString().contains("servidor.log") && a.path("body").asString().contains("20 MB"));
        assertThat(jdbc.queryForObject("select count(*) from mail_inbound where id = ?", Long.class,
                result.path("inboundId").asLong())).as("the original mail is kept").isEqualTo(1);
    }

    @Test
    void aMailWithoutSenderIsKeptAsFailedForAdminsToInspectAndRetry() {
        byte[] mail = "Subject: no sender\r\nMessage-ID: <nosender-1@c.test>\r\n\r\nbody\r\n"
                .replace("nosender-1", Unique.name("nosender")).getBytes(StandardCharsets.UTF_8);

        var result = ingest(mail);

        assertThat(result.path("result").asString()).isEqualTo("failed");
        long id = result.path("inboundId").asLong();
        var failed = api.as(people.admin()).get("/api/v1/channels/email/failed?size=200").expect(200).json();
        assertThat(failed.valueStream().map(f -> f.path("id").asLong())).contains(id);
        var raw = api.as(people.admin()).get("/api/v1/channels/email/failed/" + id + "/raw").expect(200);
        assertThat(raw.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(mail);
        assertThat(api.as(people.admin()).post("/api/v1/channels/email/failed/" + id + "/retry", Api.json())
                .expect(200).json().path("result").asString()).isEqualTo("failed");
    }

    @Test
    void onlyAdminsPipeMailAndBadRequestsGetClearAnswers() {
        byte[] mail = Mails.plain(null, Unique.email("x"), "x", "y");

        api.as(people.agent()).send("POST", "/api/v1/channels/email/raw", BodyPublishers.ofByteArray(mail),
                "message/rfc822").expectProblem(403);
        api.send("POST", "/api/v1/channels/email/raw", BodyPublishers.ofByteArray(mail), "message/rfc822")
                .expectProblem(401);
        pipe(new byte[0]).expectProblem(422);
        api.as(people.admin()).send("POST", "/api/v1/channels/email/raw?mailbox=987654321",
                BodyPublishers.ofByteArray(mail), "message/rfc822").expectProblem(422);
        api.as(people.admin()).send("POST", "/api/v1/channels/email/raw", "{}", "application/json").expectProblem(415);
        api.as(people.agent()).get("/api/v1/channels/email/failed").expectProblem(403);
    }

    @Test
    void bouncesOfOurMailBecomeANoteOnTheirTicketNotANewTicket() {
        String customer = Unique.email("bounced");
        String original = Unique.name("orig") + "@c.test";
        long ticketId = ingest(Mails.plain(original, customer, "Conta", "Ajuda")).path("ticketId").asLong();
        String dsn = "From: MAILER-DAEMON@mx.example.test\r\nTo: suporte@atende.test\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <" + Unique.name("dsn") + "@mx>\r\n"
                + "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
                + "--r\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
                + "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + customer + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + original + ">\r\n"
                + "Subject: Conta\r\n--r--\r\n";

        var result = ingest(dsn.getBytes(StandardCharsets.UTF_8));

        assertThat(result.path("result").asString()).isEqualTo("appended");
        assertThat(result.path("ticketId").asLong()).isEqualTo(ticketId);
        var note = articles(ticketId).valueStream().reduce((a, b) -> b).orElseThrow();
        assertThat(note.path("visibility").asString()).isEqualTo("internal");
        assertThat(note.path("sender").asString()).isEqualTo("system");
        assertThat(note.path("body").asString()).contains(customer).contains("5.1.1");
    }

    @Test
    void quotedHistoryIsKeptButMarkedAndInlineImagesKeepTheirContentId() {
        String text = "Ainda não funciona.\r\n\r\nEm qua., 25 de nov. de 2026 às 10:00, Suporte <suporte@atende.test> "
                + "escreveu:\r\n> Tente reiniciar.\r\n";
        var plain = ingest(Mails.plain(Unique.name("q") + "@c.test", Unique.email("quoter"), "Quote", text));
        String html = "Message-ID: <" + Unique.name("img") + "@c.test>\r\nFrom: " + Unique.email("pics")
                + "\r\nSubject: Print\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Veja: <img src=\"cid:tela@pc\"></p>\r\n"
                + "--b\r\nContent-Type: image/png\r\nContent-ID: <tela@pc>\r\nContent-Disposition: inline; filename=\"tela.png\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        var withImage = ingest(html.getBytes(StandardCharsets.UTF_8));

        var quoted = articles(plain.path("ticketId").asLong()).get(0);
        assertThat(quoted.path("body").asString()).contains("Ainda não funciona").contains("class=\"quote\"")
                .contains("Tente reiniciar");
        var image = articles(withImage.path("ticketId").asLong()).get(0);
        assertThat(image.path("body").asString()).contains("cid:tela");
        assertThat(jdbc.queryForObject("select content_id from attachments where article_id = ?", String.class,
                image.path("id").asLong())).isEqualTo("tela@pc");
    }
}
