package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents get only the e-mail notices they left on in their profile. */
abstract class NoticePreferencesSpec extends ApiSpec {

    /** The decoded text of the mail's parts. */
    private static String body(MimeMessage mail) {
        try {
            return text(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (jakarta.mail.Multipart) part.getContent();
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private long l2() {
        return api.as(people.admin()).get("/api/v1/groups").expect(200).json().valueStream()
                .filter(g -> g.path("name").asString().equals("L2")).findFirst().orElseThrow().path("id").asLong();
    }

    @Test
    void anAgentWhoTurnedOffAssignmentNoticesGetsNoneButStillHearsOfNewTickets() {
        long group = l2();
        var quiet = people.agent(group);
        var control = people.agent(group);
        api.as(quiet).patch("/api/v1/users/" + quiet.id(), Api.json("notifications", Map.of("assigned", false)))
                .expect(200);
        var customer = people.customer();

        long first = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Rede lenta", "body", "Lenta",
                "group", group, "customer", Map.of("email", customer.email()))).expect(201).id();
        long second = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "VPN caiu", "body", "Caiu",
                "group", group, "customer", Map.of("email", customer.email()))).expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + first, Api.json("assignee", quiet.id())).expect(200);
        api.as(people.admin()).patch("/api/v1/tickets/" + second, Api.json("assignee", control.id())).expect(200);
        // a wanted notice after the assignment: once it is here, an assignment notice would be too
        api.as(customer).post("/api/v1/tickets/" + first + "/articles", Api.json("body", "Alguma novidade?"))
                .expect(201);

        List<MimeMessage> quietMails = TestMail.await(quiet.email(), 3); // two new tickets, the reply
        List<MimeMessage> controlMails = TestMail.await(control.email(), 3); // two new tickets, the assignment

        assertThat(quietMails).noneMatch(m -> body(m).contains("assigned to you"));
        assertThat(quietMails).anyMatch(m -> body(m).contains("replied on ticket"));
        assertThat(controlMails).anyMatch(m -> body(m).contains("assigned to you"));
    }

    @Test
    void anAgentWhoTurnedOffNewTicketNoticesIsNotToldOfThem() {
        long group = l2();
        var quiet = people.agent(group);
        api.as(quiet).patch("/api/v1/users/" + quiet.id(), Api.json("notifications",
                Map.of("newTicket", false))).expect(200);
        var customer = people.customer();

        long id = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Senha", "body", "Esqueci",
                "group", group, "customer", Map.of("email", customer.email()))).expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("assignee", quiet.id())).expect(200);

        List<MimeMessage> mails = TestMail.await(quiet.email(), 1);
        assertThat(mails).anyMatch(m -> body(m).contains("assigned to you"));
        assertThat(mails).noneMatch(m -> body(m).contains("New ticket"));
    }
}
