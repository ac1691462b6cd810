package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.reporting.internal.RatingCatchUp;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole way from the customer to the reports, with no test double between: a ticket solved,
 * its survey answered on the survey page, and the team's and the admin's CSAT show it at once;
 * a form whose suggested article answered the customer counts in the deflection rate.
 */
abstract class LiveRatingsSpec extends ApiSpec {

    @LocalServerPort
    int port;

    @Autowired
    RatingCatchUp catchUp;

    /** Yesterday and today (UTC): a period that holds "now" even when the test crosses midnight. */
    private static String lastTwoDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "from=" + today.minusDays(1) + "&to=" + today + "&timeZone=UTC";
    }

    @Test
    void anAnsweredSurveyShowsInTheTeamsCsatAndResponseRateAtOnce() {
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Relatórios CSAT"),
                "level", 1)).expect(201).id();
        TestUser agent = people.agent(group);
        TestUser customer = people.customer();
        long ticket = api.as(agent).post("/api/v1/tickets", Api.json("subject", "Impressora", "body", "Não imprime",
                "customer", Map.of("email", customer.email()), "group", group)).expect(201).id();
        api.as(agent).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Reinicie", "visibility", "public"))
                .expect(201);
        api.as(agent).patch("/api/v1/tickets/" + ticket, Api.json("status", "solved", "assignee", agent.id())).expect(200);

        String team = "/api/v1/reports/kpis?" + lastTwoDays() + "&group=" + group;
        // asked, not yet answered: one survey sent, once the catch-up ran (every few minutes)
        catchUp.run();
        JsonNode asked = api.as(agent).get(team).expect(200).json().path("csat");
        assertThat(asked.path("surveysSent").asLong()).isEqualTo(1);
        assertThat(asked.path("surveysAnswered").asLong()).isZero();
        assertThat(asked.path("responseRate").asDouble()).isZero();

        // the customer follows the link in the solved mail and answers on the survey page
        String link = surveyLink(customer);
        var visitor = BrowserSession.anonymous(port, "en");
        assertThat(visitor.get(link).statusCode()).isEqualTo(200);
        String page = "/survey/" + link.replaceAll(".*/survey/([^?]+).*", "$1");
        assertThat(visitor.post(page, "score", "4", "comment", "Rápido").statusCode()).isEqualTo(200);

        // no catch-up run, no rebuild: the answer's own commit carried it into the facts
        String csat = "{\"score\":1.0,\"meanScore\":4.0,\"ratings\":1,\"good\":1,\"surveysSent\":1,"
                + "\"surveysAnswered\":1,\"responseRate\":1.0}";
        assertThat(api.as(agent).get(team).expect(200).json().path("csat").toString()).isEqualTo(csat);
        assertThat(api.as(people.admin()).get(team).expect(200).json().path("csat").toString()).isEqualTo(csat);

        // changed to a bad rating: the report follows
        assertThat(visitor.post(page, "score", "1", "comment", "Voltou a falhar").statusCode()).isEqualTo(200);
        assertThat(api.as(agent).get(team).expect(200).json().path("csat").toString()).isEqualTo(
                "{\"score\":0.0,\"meanScore\":1.0,\"ratings\":1,\"good\":0,\"surveysSent\":1,"
                        + "\"surveysAnswered\":1,\"responseRate\":1.0}");
    }

    @Test
    void aFormLeftAfterASuggestedArticleCountsAsDeflected() {
        String everything = "/api/v1/reports/kpis?" + lastTwoDays();
        JsonNode before = api.as(people.admin()).get(everything).expect(200).json().path("deflection");

        TestUser writer = people.agent();
        JsonNode article = api.as(writer).post("/api/v1/kb/articles", Api.json("title", "Sem internet "
                + Unique.name("d"), "body", "<p>Reinicie o roteador.</p>", "status", "published", "locale", "pt-BR"))
                .expect(201).json();
        String answered = UUID.randomUUID().toString();
        String sent = UUID.randomUUID().toString();
        api.get(article.path("url").asString() + "?draft=" + answered).expect(200);
        api.get(article.path("url").asString() + "?draft=" + sent).expect(200);
        TestUser customer = people.customer();
        api.as(customer).post("/api/v1/tickets?kbDraft=" + sent, Api.json("subject", "Sem internet", "body", "Ainda não",
                "channel", "web")).expect(201);
        // an hour and more later (the server's clock cannot move: the sessions are moved back)
        for (String key : List.of(answered, sent)) {
            Map<String, Object> session = jdbc.queryForMap("select first_opened_at, last_opened_at, submitted_at "
                    + "from kb_deflection_sessions where draft_key = ?", key);
            jdbc.update("update kb_deflection_sessions set first_opened_at = ?, last_opened_at = ?, submitted_at = ? "
                    + "where draft_key = ?", back(session.get("first_opened_at")), back(session.get("last_opened_at")),
                    back(session.get("submitted_at")), key);
        }

        JsonNode after = api.as(people.admin()).get(everything).expect(200).json().path("deflection");
        assertThat(after.path("deflected").asLong()).isEqualTo(before.path("deflected").asLong() + 1);
        assertThat(after.path("webRequests").asLong()).isEqualTo(before.path("webRequests").asLong() + 1);
        assertThat(after.path("rate").isNumber()).isTrue();
    }

    /** The survey link (score 5) of the solved mail to this customer, once it has been sent. */
    private static String surveyLink(TestUser customer) {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+/survey/[A-Za-z0-9_-]{43}\\?score=5");
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage mail : TestMail.to(customer.email())) {
                Matcher m = link.matcher(text(mail));
                if (m.find()) {
                    return m.group();
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no survey link mailed to " + customer.email());
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return String.valueOf(part.getContent());
            }
            StringBuilder text = new StringBuilder();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i)));
                }
            }
            return text.toString();
        } catch (Exception e) {
            return "";
        }
    }

    /** Two hours earlier. */
    private static Timestamp back(Object at) {
        if (at == null) {
            return null;
        }
        Instant instant = at instanceof java.time.OffsetDateTime odt ? odt.toInstant() : ((Timestamp) at).toInstant();
        return Timestamp.from(instant.minus(Duration.ofHours(2)));
    }
}
