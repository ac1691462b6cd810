package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.H2ServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ticket pages in a signed-in browser session: the customer asks, the agent answers. */
@H2ServerTest
class TicketPagesTests extends TicketSpec {

    @LocalServerPort
    int port;

    @Test
    void customerOpensARequestWithAFileAndTheAgentAnswersItFromTheUnassignedQueue() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        var portal = BrowserSession.signIn(port, customer, "pt-BR");
        portal.get("/portal/new");

        var created = portal.post("/portal/new", new Multipart().field("subject", "Impressora travada")
                .field("body", "Papel preso na bandeja 2").file("files", "foto.jpg", "image/jpeg",
                        "jpeg".getBytes(StandardCharsets.US_ASCII)));

        assertThat(created.statusCode()).isEqualTo(302);
        String ticketPage = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(ticketPage.substring(ticketPage.lastIndexOf('/') + 1));
        assertThat(portal.get(ticketPage).body()).contains("Papel preso na bandeja 2", "foto.jpg", "Novo");

        var desk = BrowserSession.signIn(port, agent, "en");
        assertThat(desk.get("/agent?view=unassigned").body()).contains("Impressora travada");
        desk.get("/agent/tickets/" + id);
        var replied = desk.post("/agent/tickets/" + id + "/articles", new Multipart().field("body", "Vou verificar"));
        desk.get("/agent/tickets/" + id);
        desk.post("/agent/tickets/" + id + "/articles", new Multipart().field("body", "Bandeja com defeito")
                .field("internal", "true"));

        assertThat(replied.statusCode()).isEqualTo(302);
        String seenByCustomer = portal.get(ticketPage).body();
        assertThat(seenByCustomer).contains("Vou verificar", "Aberto").doesNotContain("Bandeja com defeito");
        assertThat(desk.get("/agent/tickets/" + id).body()).contains("Bandeja com defeito", "Internal note");
    }

    @Test
    void agentChangesFieldsAndASaveOverANewerVersionIsRefusedWithAClearMessage() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Two agents").path("id").asLong();
        var first = BrowserSession.signIn(port, agent, "en");
        first.get("/agent/tickets/" + id);

        var saved = first.post("/agent/tickets/" + id, "version", "0", "subject", "Two agents", "status", "pending",
                "priority", "high", "group", Long.toString(groupId("L1")), "assignee", Long.toString(agent.id()),
                "tags", "printer, floor-2");
        var stale = first.post("/agent/tickets/" + id, "version", "0", "subject", "Two agents", "status", "open",
                "priority", "low", "group", Long.toString(groupId("L1")), "assignee", "", "tags", "");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("Someone else changed this ticket");
        var ticket = api.as(agent).get("/api/v1/tickets/" + id).expect(200).json();
        assertThat(ticket.path("status").asString()).isEqualTo("pending");
        assertThat(ticket.path("priority").asString()).isEqualTo("high");
        assertThat(ticket.path("tags").toString()).isEqualTo("[\"floor-2\",\"printer\"]");
    }

    @Test
    void anEmptyReplyShowsTheProblemNextToTheFieldInTheUsersLanguage() {
        var customer = people.customer();
        long id = openTicket(customer, "Empty reply").path("id").asLong();
        var portal = BrowserSession.signIn(port, customer, "pt-BR");
        portal.get("/portal/tickets/" + id);

        var refused = portal.post("/portal/tickets/" + id + "/articles", new Multipart().field("body", "  "));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("field-error").contains("obrigatório");
    }

    @Test
    void aReplyFromTheRichTextEditorIsKeptAsSanitizedHtmlAndAnEmptyOneIsRefused() {
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Formatted reply").path("id").asLong();
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent/tickets/" + id);

        var empty = desk.post("/agent/tickets/" + id + "/articles", new Multipart()
                .field("body", "<p><br></p><div>&nbsp;</div>").field("format", "html"));
        var sent = desk.post("/agent/tickets/" + id + "/articles", new Multipart()
                .field("body", "<p><strong>Importante:</strong> reinicie</p><img src=x onerror=alert(1)><script>alert(2)</script>")
                .field("format", "html"));
        var plain = desk.post("/agent/tickets/" + id + "/articles", new Multipart().field("body", "<b>as typed</b>"));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("field-error").contains("name=\"format\" value=\"html\"");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(plain.statusCode()).isEqualTo(302);
        var articles = api.as(agent).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        var reply = articles.get(articles.size() - 2);
        assertThat(reply.path("contentType").asString()).isEqualTo("text/html");
        assertThat(reply.path("body").asString()).contains("<strong>Importante:</strong> reinicie")
                .doesNotContain("onerror").doesNotContain("script");
        var typed = articles.get(articles.size() - 1);
        assertThat(typed.path("contentType").asString()).isEqualTo("text/plain");
        assertThat(typed.path("body").asString()).isEqualTo("<b>as typed</b>");
        assertThat(desk.get("/agent/tickets/" + id).body()).contains("<strong>Importante:</strong> reinicie")
                .contains("&lt;b&gt;as typed&lt;/b&gt;");
    }

    @Test
    void aSharedOrganizationsCustomerListsTheirColleaguesRequestsOrOnlyTheirOwn() {
        long shared = api.as(people.admin()).post("/api/v1/organizations",
                dev.atende.support.Api.json("name", dev.atende.support.Unique.name("Portal shared"), "shared", true))
                .expect(201).id();
        var ana = people.create(dev.atende.identity.Role.CUSTOMER, java.util.Map.of("organization", shared));
        var bia = people.create(dev.atende.identity.Role.CUSTOMER, java.util.Map.of("organization", shared));
        var stranger = people.customer();
        openTicket(ana, "Printer of Ana");
        openTicket(bia, "Laptop of Bia");
        openTicket(stranger, "Phone of a stranger");

        var portal = BrowserSession.signIn(port, ana, "en");
        String organization = portal.get("/portal").body();
        String mine = portal.get("/portal?scope=mine").body();
        String alone = BrowserSession.signIn(port, stranger, "en").get("/portal").body();

        assertThat(organization).contains("Printer of Ana", "Laptop of Bia", "/portal?scope=mine")
                .doesNotContain("Phone of a stranger");
        assertThat(mine).contains("Printer of Ana").doesNotContain("Laptop of Bia");
        assertThat(alone).contains("Phone of a stranger").doesNotContain("scope=mine");
    }

    @Test
    void customersMarkTheirRequestSolvedAndCannotOpenOthersOrTheAgentDesk() {
        var customer = people.customer();
        long own = openTicket(customer, "Solved by itself").path("id").asLong();
        long others = openTicket(people.customer(), "Not yours").path("id").asLong();
        var portal = BrowserSession.signIn(port, customer, "en");
        portal.get("/portal/tickets/" + own);

        var solved = portal.post("/portal/tickets/" + own + "/status", "status", "solved");

        assertThat(solved.statusCode()).isEqualTo(302);
        assertThat(portal.get("/portal/tickets/" + own).body()).contains("Solved", "Reopen");
        assertThat(portal.get("/portal/tickets/" + others).statusCode()).isEqualTo(404);
        assertThat(portal.get("/portal/tickets/" + others + "/timeline").statusCode()).isEqualTo(404);
        assertThat(portal.get("/portal/tickets/" + own + "/timeline").body()).contains("Please help")
                .doesNotContain("<html");
        assertThat(portal.get("/agent/tickets/" + own + "/timeline").statusCode()).isEqualTo(403);
        assertThat(portal.get("/agent").statusCode()).isEqualTo(403);
        assertThat(portal.get("/portal").body()).contains("Solved by itself").doesNotContain("Not yours");
    }

    @Test
    void agentsSeeTheNextDeadlineAsABadgeAndCustomersDoNot() {
        var customer = people.customer();
        var admin = api.as(people.admin());
        java.util.Map<String, Object> allDay = new java.util.LinkedHashMap<>();
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            allDay.put(day, java.util.List.of(java.util.List.of("00:00", "24:00")));
        }
        long calendar = admin.post("/api/v1/calendars", dev.atende.support.Api.json("name",
                dev.atende.support.Unique.name("24/7"), "hours", allDay)).expect(201).id();
        String policy = dev.atende.support.Unique.name("Ouro");
        admin.post("/api/v1/sla-policies", dev.atende.support.Api.json("name", policy, "calendar", calendar,
                "conditions", java.util.Map.of("customer", java.util.List.of(customer.id())),
                "resolutionMinutes", 150)).expect(201);
        long id = api.as(customer).post("/api/v1/tickets", dev.atende.support.Api.json("subject", "Prazo visível",
                "body", "x")).expect(201).id();
        var desk = BrowserSession.signIn(port, people.agent(groupId("L1")), "pt-BR");

        String queue = desk.get("/agent?view=unassigned&sort=due").body();
        String ticket = desk.get("/agent/tickets/" + id).body();

        assertThat(queue).contains("badge-sla-ok").containsPattern("vence em 2 h (29|30) min");
        assertThat(ticket).contains(policy).contains("badge-sla-ok");
        assertThat(BrowserSession.signIn(port, customer, "pt-BR").get("/portal/tickets/" + id).body())
                .doesNotContain("badge-sla").doesNotContain(policy);
    }

    @Test
    void categoryPickersShowTheWholePath() {
        var admin = api.as(people.admin());
        String root = dev.atende.support.Unique.name("Acesso");
        long parent = admin.post("/api/v1/categories", dev.atende.support.Api.json("name", root)).expect(201).id();
        admin.post("/api/v1/categories", dev.atende.support.Api.json("name", "Senha", "parent", parent)).expect(201);

        String form = BrowserSession.signIn(port, people.customer(), "en").get("/portal/new").body();

        assertThat(form).contains(root + " &gt; Senha");
    }

    @Test
    void pagesEscapeWhatPeopleTyped() {
        var customer = people.customer();
        long id = api.as(customer).post("/api/v1/tickets", dev.atende.support.Api.json(
                "subject", "<script>alert('s')</script>", "body", "<img src=x onerror=alert(1)>")).expect(201).id();
        var portal = BrowserSession.signIn(port, customer, "en");

        String page = portal.get("/portal/tickets/" + id).body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;");
    }

    @Test
    void agentsSeeBesideEachMailWhatBecameOfItAndWhoIsUnverified() throws Exception {
        String owner = dev.atende.support.Unique.email("owner");
        String first = "<" + dev.atende.support.Unique.name("m1") + "@c.test>";
        byte[] mail = ("Message-ID: " + first + "\r\nFrom: " + owner + "\r\nSubject: Impressora\r\n\r\nQuebrou\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var admin = api.as(people.admin());
        long ticketId = admin.send("POST", "/api/v1/channels/email/raw",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(mail), "message/rfc822").expect(202).json()
                .path("ticketId").asLong();
        String number = admin.get("/api/v1/tickets/" + ticketId).json().path("number").asString();
        byte[] stranger = ("From: " + dev.atende.support.Unique.email("stranger") + "\r\nSubject: Re: [#" + number
                + "] Impressora\r\n\r\nEu vi\r\n").getBytes(StandardCharsets.UTF_8);
        admin.send("POST", "/api/v1/channels/email/raw", java.net.http.HttpRequest.BodyPublishers.ofByteArray(stranger),
                "message/rfc822").expect(202);
        admin.post("/api/v1/tickets/" + ticketId + "/articles", dev.atende.support.Api.json("body", "Trocamos")).expect(201);
        dev.atende.support.TestMail.await(owner, 2);

        var desk = BrowserSession.signIn(port, people.admin(), "en");
        String page = "";
        for (int i = 0; i < 50 && !page.contains("E-mailed to"); i++) {
            Thread.sleep(200);
            page = desk.get("/agent/tickets/" + ticketId).body();
        }

        assertThat(page).contains("Unverified sender:").contains("E-mailed to " + owner);
    }

    @Test
    void mailsShowTheirInlineImagesAndFoldTheirQuotedHistory() {
        String mail = "Message-ID: <" + dev.atende.support.Unique.name("v") + "@c.test>\r\nFrom: "
                + dev.atende.support.Unique.email("viewer") + "\r\nSubject: Tela azul\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=UTF-8"
                + "\r\n\r\n<p>Veja: <img src=\"cid:tela@pc\"></p><div class=\"gmail_quote\">Em ontem, Suporte escreveu:"
                + "<blockquote>Reinicie</blockquote></div>\r\n--b\r\nContent-Type: image/png\r\nContent-ID: <tela@pc>\r\n"
                + "Content-Disposition: inline; filename=\"tela.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0KGgo=\r\n--b--\r\n";
        long ticketId = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(mail.getBytes(StandardCharsets.UTF_8)),
                "message/rfc822").expect(202).json().path("ticketId").asLong();
        long imageId = jdbc.queryForObject("select id from attachments where ticket_id = ? and content_id = 'tela@pc'",
                Long.class, ticketId);

        String page = BrowserSession.signIn(port, people.admin(), "en").get("/agent/tickets/" + ticketId).body();

        assertThat(page).contains("<img src=\"/attachments/" + imageId + "\"").doesNotContain("cid:tela")
                .contains("<details class=\"quote\">").contains("Reinicie");
        assertThat(page.indexOf("Reinicie")).isGreaterThan(page.indexOf("<details class=\"quote\">"));
    }

    @Test
    void adminsSeeFailedMailRetryItAndDownloadTheOriginal() {
        String subject = dev.atende.support.Unique.name("Sem remetente");
        byte[] mail = ("Subject: " + subject + "\r\n\r\nsem From\r\n").getBytes(StandardCharsets.UTF_8);
        long id = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(mail), "message/rfc822").expect(202).json()
                .path("inboundId").asLong();
        var admin = BrowserSession.signIn(port, people.admin(), "pt-BR");

        String page = admin.get("/admin/mail/failed").body();
        var retried = admin.post("/admin/mail/failed/" + id + "/retry");
        var original = admin.get("/admin/mail/failed/" + id + "/raw");

        assertThat(page).contains("E-mails que não puderam ser processados").contains("/admin/mail/failed/" + id + "/raw");
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/mail/failed").body()).contains("Continua falhando");
        assertThat(original.body()).contains(subject);
        assertThat(original.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(BrowserSession.signIn(port, people.agent(), "en").get("/admin/mail/failed").statusCode()).isEqualTo(403);
    }
}
