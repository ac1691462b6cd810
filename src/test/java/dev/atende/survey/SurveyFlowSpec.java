package dev.atende.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A solved ticket's survey from the mail to the stored rating, and everything that must not work. */
abstract class SurveyFlowSpec extends SurveySpec {

    @Test
    void theSolvedMailLinksToTheSurveyWhoseOpeningRatesNothingUntilTheCustomerConfirms() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Impressora");
        String number = ticket(id).path("number").asString();

        solve(id);

        var mail = solvedMail(customer);
        var links = links(mail);
        assertThat(links).extracting(l -> l[0]).containsExactly("1", "2", "3", "4", "5");
        assertThat(part(mail, "text/html")).contains("/survey/" + links.get(0)[2] + "?score=5");
        assertThat(requests(id)).isEqualTo(1);
        assertThat(count("select count(*) from survey_requests where ticket_id = ? and customer_id = ? "
                + "and sent_at is not null", id, customer.id())).isEqualTo(1);

        var visitor = visitor();
        var page = visitor.get(links.get(3)[1]); // "4", as a mail scanner or the customer's click opens it
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        var doc = html(page);
        assertThat(doc.text()).contains("#" + number, "Impressora " + token).doesNotContain("secret body");
        assertThat(doc.select("input[name=score][checked]").attr("value")).isEqualTo("4");
        assertThat(doc.select("[style], style, script:not([src])")).as("nothing the CSP would refuse").isEmpty();
        assertThat(count("select count(*) from ticket_ratings where ticket_id = ?", id)).as("a GET rates nothing")
                .isZero();
        api.as(customer).get("/api/v1/tickets/" + id + "/rating").expect(204);

        var thanks = visitor.post("/survey/" + links.get(0)[2], "score", "4", "comment", "Rápido e gentil");

        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(html(thanks).text()).contains("Thank you", "#" + number, "4 - Good");
        Map<String, Object> stored = rating(id);
        assertThat(stored).containsEntry("score", 4).containsEntry("good", true)
                .containsEntry("comment", "Rápido e gentil").containsEntry("customer_id", customer.id());
        JsonNode rating = api.as(customer).get("/api/v1/tickets/" + id + "/rating").expect(200).json();
        assertThat(rating.path("score").asInt()).isEqualTo(4);
        assertThat(rating.path("comment").asString()).isEqualTo("Rápido e gentil");
        assertThat(Instant.parse(rating.path("ratedAt").asString())).isCloseTo(Instant.now(),
                org.assertj.core.api.Assertions.within(Duration.ofMinutes(2)));
    }

    @Test
    void aSecondAnswerWithinSevenDaysUpdatesTheRatingThenTheLinkExpires() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Rede");
        solve(id);
        String surveyToken = surveyToken(customer);
        var visitor = visitor();
        visitor.get("/survey/" + surveyToken);
        visitor.post("/survey/" + surveyToken, "score", "5", "comment", "Ótimo");
        Instant first = time(id, "first_answered_at");
        assertThat(Duration.between(first, time(id, "expires_at"))).isEqualTo(Duration.ofDays(7));

        var again = visitor.get("/survey/" + surveyToken);
        assertThat(html(again).select("input[name=score][checked]").attr("value")).as("the answer given").isEqualTo("5");
        visitor.post("/survey/" + surveyToken, "score", "2", "comment", "Voltou a falhar");

        assertThat(rating(id)).containsEntry("score", 2).containsEntry("good", false)
                .containsEntry("comment", "Voltou a falhar").containsEntry("updates", 1);
        assertThat(count("select count(*) from survey_requests where ticket_id = ? and answers = 2", id)).isEqualTo(1);

        setTime(id, "first_answered_at", first.minus(Duration.ofDays(8)));
        setTime(id, "expires_at", first.minus(Duration.ofDays(1))); // seven days after the first answer, passed

        var gone = visitor.get("/survey/" + surveyToken);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(html(gone).text()).contains("expired").doesNotContain("Rede");
        assertThat(visitor.post("/survey/" + surveyToken, "score", "5").statusCode()).isEqualTo(410);
        assertThat(rating(id)).containsEntry("score", 2);
    }

    @Test
    void anUnansweredLinkExpiresAfterItsDays() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Sem resposta");
        solve(id);
        String surveyToken = surveyToken(customer);
        assertThat(Duration.between(time(id, "sent_at"), time(id, "expires_at"))).isEqualTo(Duration.ofDays(30));

        setTime(id, "expires_at", Instant.now().minus(Duration.ofMinutes(1)));

        assertThat(visitor().get("/survey/" + surveyToken).statusCode()).isEqualTo(410);
    }

    @Test
    void unknownForgedAndMalformedLinksAnswer404AndSayNothing() {
        var visitor = visitor();
        String forged = "A".repeat(43);
        for (String path : List.of("/survey/abc", "/survey/" + forged, "/survey/" + "x".repeat(1000),
                "/survey/%3Cscript%3E", "/survey/" + forged + "?score=5")) {
            var page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("not valid").doesNotContain("Exception");
        }
        assertThat(visitor.post("/survey/" + forged, "score", "5").statusCode()).isEqualTo(404);
        var portuguese = BrowserSession.anonymous(port, "pt-BR").get("/survey/" + forged);
        assertThat(html(portuguese).text()).contains("não é válido");
    }

    @Test
    void hostileAnswersAreRefusedAndCommentsAreShownEscaped() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Hostil");
        solve(id);
        String path = "/survey/" + surveyToken(customer);
        var visitor = visitor();
        assertThat(html(visitor.get(path + "?score=%3Cscript%3E")).select("input[name=score][checked]")).isEmpty();

        for (String score : List.of("0", "6", "abc", "", "4.5", "-1", "99999999999999999999")) {
            var refused = visitor.post(path, "score", score, "comment", "x");
            assertThat(refused.statusCode()).as("score " + score).isEqualTo(422);
            assertThat(html(refused).select(".field-error").text()).as("score " + score).isNotBlank();
        }
        assertThat(visitor.post(path, "comment", "no score").statusCode()).isEqualTo(422);
        assertThat(visitor.post(path, "score", "3", "comment", "x".repeat(10_000)).statusCode()).isEqualTo(422);
        assertThat(visitor.post(path, "score", "3", "comment", "bell\u0007").statusCode()).isEqualTo(422);
        assertThat(count("select count(*) from ticket_ratings where ticket_id = ?", id)).isZero();

        String hostile = "<script>alert(1)</script><b>bold</b>";
        assertThat(visitor.post(path, "score", "1", "comment", hostile).statusCode()).isEqualTo(200);

        assertThat(rating(id)).containsEntry("comment", hostile);
        TestUser agent = people.agent(groupId("L1"));
        var agentPage = BrowserSession.signIn(port, agent, "en").get("/agent/tickets/" + id);
        assertThat(agentPage.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain(hostile);
        assertThat(html(agentPage).select(".ticket-rating").text()).contains("1 - Very bad", "bad");
    }

    @Test
    void onlyThoseWhoMaySeeTheTicketReadItsRating() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Privado");
        solve(id);
        String surveyToken = surveyToken(customer);
        var visitor = visitor();
        visitor.get("/survey/" + surveyToken);
        visitor.post("/survey/" + surveyToken, "score", "5");

        api.as(customer).get("/api/v1/tickets/" + id + "/rating").expect(200);
        api.as(people.agent(groupId("L1"))).get("/api/v1/tickets/" + id + "/rating").expect(200);
        api.as(people.customer()).get("/api/v1/tickets/" + id + "/rating").expectProblem(404);
        api.as(people.agent()).get("/api/v1/tickets/" + id + "/rating").expectProblem(404); // in no group
        api.as(people.admin()).get("/api/v1/tickets/999999999/rating").expectProblem(404);
        api.get("/api/v1/tickets/" + id + "/rating").expectProblem(401);
    }

    @Test
    void theCustomerRatesFromThePortalAndOnlyTheCustomerIsOfferedTheForm() throws Exception {
        TestUser customer = people.customer();
        long id = open(customer, "Portal");
        solve(id);

        var session = BrowserSession.signIn(port, customer, "en");
        var page = html(session.get("/portal/tickets/" + id));
        var form = page.select(".portal-survey form");
        assertThat(form).hasSize(1);
        assertThat(form.attr("action")).startsWith("/survey/");

        var thanks = session.post(form.attr("action"), "score", "3", "comment", "Ok");

        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(rating(id)).containsEntry("score", 3);
        assertThat(html(session.get("/portal/tickets/" + id)).select(".portal-survey input[checked]").attr("value"))
                .isEqualTo("3");
        TestUser admin = people.newAdmin();
        assertThat(html(BrowserSession.signIn(port, admin, "en").get("/agent/tickets/" + id))
                .select(".portal-survey")).as("the form is the customer's only").isEmpty();
    }

    @Test
    void theSurveySpeaksTheCustomersLanguage() throws Exception {
        TestUser customer = people.create(Role.CUSTOMER, Api.json("locale", "pt-BR"));
        long id = open(customer, "Idioma");
        solve(id);

        var mail = solvedMail(customer);
        assertThat(part(mail, "text/plain")).contains("Como você avalia", "5 - Excelente");
        var page = visitor().get("/survey/" + links(mail).get(0)[2]); // the browser asks for English
        assertThat(html(page).text()).contains("Como foi o nosso atendimento?");
    }

    @Test
    void aBadRatingFiresTheTriggersThatReopenTheTicket() throws Exception {
        var refused = api.as(people.admin()).post("/api/v1/triggers", Api.json("name", Unique.name("wrong"),
                "event", "ticket.created", "conditions", Api.json("all", List.of(
                        Api.json("field", "rating.good", "op", "is", "value", false))), "actions", List.of(
                        Api.json("type", "add_tags", "value", List.of("x"))))).expectProblem(422);
        assertThat(refused.toString()).contains("conditions.all[0].field");
        JsonNode trigger = api.as(people.admin()).post("/api/v1/triggers", Api.json("name", Unique.name("bad"),
                "event", "ticket.rated", "conditions", Api.json("all", List.of(
                        Api.json("field", "subject", "op", "contains", "value", token),
                        Api.json("field", "rating.good", "op", "is", "value", false),
                        Api.json("field", "rating.score", "op", "lt", "value", 3))),
                "actions", List.of(Api.json("type", "set", "field", "status", "value", "open"),
                        Api.json("type", "add_tags", "value", List.of("bad-rating")),
                        Api.json("type", "note", "body", "Bad rating: {{ticket.number}}")))).expect(201).json();
        try {
            TestUser happy = people.customer();
            long good = open(happy, "Feliz");
            TestUser angry = people.customer();
            long bad = open(angry, "Bravo");
            solve(good);
            solve(bad);
            var visitor = visitor();
            String goodToken = surveyToken(happy);
            visitor.get("/survey/" + goodToken);
            visitor.post("/survey/" + goodToken, "score", "5");
            String badToken = surveyToken(angry);
            visitor.post("/survey/" + badToken, "score", "1", "comment", "Péssimo");

            JsonNode reopened = eventually(() -> ticket(bad), t -> t.path("status").asString().equals("open"));
            assertThat(reopened.path("tags").toString()).contains("bad-rating");
            JsonNode runs = api.as(people.admin()).get("/api/v1/triggers/" + trigger.path("id").asLong() + "/runs")
                    .expect(200).json();
            assertThat(runs.size()).isEqualTo(1);
            assertThat(runs.get(0).path("ticketId").asLong()).isEqualTo(bad);
            assertThat(ticket(good).path("status").asString()).isEqualTo("solved");
        } finally {
            api.as(people.admin()).delete("/api/v1/triggers/" + trigger.path("id").asLong());
        }
    }

    long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }
}
