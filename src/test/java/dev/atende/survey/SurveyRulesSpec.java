package dev.atende.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** When a survey is sent and when not, and the settings that decide it. */
abstract class SurveyRulesSpec extends SurveySpec {

    @Test
    void aCustomerIsAskedAtMostOnceInTheSettingsDays() throws Exception {
        TestUser customer = people.customer();
        long first = open(customer, "Primeiro");
        long second = open(customer, "Segundo");

        solve(first);
        solve(second);

        assertThat(requests(first)).isEqualTo(1);
        assertThat(requests(second)).isZero();
        var mails = dev.atende.support.TestMail.await(customer.email(), 2);
        long withLinks = mails.stream().filter(m -> {
            try {
                return !links(m).isEmpty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(withLinks).isEqualTo(1);

        setTime(first, "sent_at", java.time.Instant.now().minus(java.time.Duration.ofDays(31)));
        long third = open(customer, "Terceiro");
        solve(third);
        assertThat(requests(third)).as("31 days later").isEqualTo(1);
    }

    @Test
    void everySolvedTicketIsSurveyedWhenTheIntervalIsZero() {
        api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("intervalDays", 0)).expect(200);
        TestUser customer = people.customer();
        long first = open(customer, "Um");
        long second = open(customer, "Dois");

        solve(first);
        solve(second);

        assertThat(requests(first)).isEqualTo(1);
        assertThat(requests(second)).isEqualTo(1);
    }

    @Test
    void ticketsTaggedSpamOrMergedAreNotSurveyed() {
        TestUser customer = people.customer();
        long spam = open(customer, "Spam");
        long merged = open(people.customer(), "Merged");
        api.as(people.admin()).patch("/api/v1/tickets/" + spam, Api.json("tags", List.of("Spam"))).expect(200);
        api.as(people.admin()).patch("/api/v1/tickets/" + merged, Api.json("tags", List.of("merged", "x")))
                .expect(200);

        solve(spam);
        solve(merged);

        assertThat(requests(spam)).isZero();
        assertThat(requests(merged)).isZero();
    }

    @Test
    void addressesThatSendAutomaticMailAreNotSurveyed() {
        String robot = Unique.email("ferias");
        String mail = "Message-ID: <" + Unique.name("auto") + "@client.test>\r\nFrom: Ana <" + robot + ">\r\n"
                + "To: suporte@atende.test\r\nSubject: Fora do escritório " + token + "\r\n"
                + "Auto-Submitted: auto-replied\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nEstou de férias até segunda.\r\n";
        JsonNode result = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw",
                BodyPublishers.ofByteArray(mail.getBytes(StandardCharsets.UTF_8)), "message/rfc822").expect(202).json();
        long id = result.path("ticketId").asLong();
        assertThat(count("select count(*) from survey_automatic_senders where address = ?", robot.toLowerCase()))
                .isEqualTo(1);

        solve(id);

        assertThat(requests(id)).isZero();
    }

    @Test
    void nothingIsSentWhileSurveysAreOff() {
        api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("enabled", false)).expect(200);
        long id = open(people.customer(), "Desligado");

        solve(id);

        assertThat(requests(id)).isZero();
    }

    @Test
    void onTheGoodBadScaleTheMailOffersTwoAnswersStoredAsFiveOrOne() throws Exception {
        api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("scale", "good_bad")).expect(200);
        TestUser customer = people.customer();
        long id = open(customer, "Bom ou ruim");
        solve(id);

        var links = links(solvedMail(customer));
        assertThat(links).extracting(l -> l[0]).containsExactly("5", "1");
        api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("scale", "stars")).expect(200);
        var visitor = visitor();
        var page = html(visitor.get(links.get(1)[1]));
        assertThat(page.select("input[name=score]")).as("the scale it was sent with").hasSize(2);
        assertThat(page.select("input[name=score][checked]").attr("value")).isEqualTo("1");

        assertThat(visitor.post("/survey/" + links.get(0)[2], "score", "3").statusCode()).isEqualTo(422);
        assertThat(visitor.post("/survey/" + links.get(0)[2], "score", "bad").statusCode()).isEqualTo(200);

        assertThat(rating(id)).containsEntry("score", 1).containsEntry("good", false)
                .containsEntry("scale", "good_bad");
    }

    @Test
    void adminsReadAndChangeTheSettingsAndNobodyElse() {
        JsonNode settings = api.as(people.admin()).get("/api/v1/survey/settings").expect(200).json();
        assertThat(settings.path("scale").asString()).isEqualTo("stars");
        assertThat(settings.path("changeDays").asInt()).isEqualTo(7);
        api.as(people.agent()).get("/api/v1/survey/settings").expectProblem(403);
        api.as(people.customer()).patch("/api/v1/survey/settings", Api.json("enabled", false)).expectProblem(403);
        api.get("/api/v1/survey/settings").expectProblem(401);

        JsonNode bad = api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("scale", "emoji",
                "intervalDays", -1, "linkDays", "abc", "changeDays", 31, "colour", "red")).expectProblem(422);
        assertThat(bad.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("scale", "linkDays", "colour");
        JsonNode range = api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("intervalDays", 366,
                "changeDays", 31)).expectProblem(422);
        assertThat(range.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("intervalDays", "changeDays");

        var changed = api.as(people.admin()).patch("/api/v1/survey/settings", Api.json("linkDays", 14));
        changed.expect(200);
        assertThat(changed.json().path("linkDays").asInt()).isEqualTo(14);
        api.as(people.admin()).header("If-Match", "\"" + (changed.json().path("version").asLong() - 1) + "\"")
                .patch("/api/v1/survey/settings", Api.json("linkDays", 15)).expectProblem(412);
    }

    @Test
    void theAdminPageSavesTheSettingsAndExplainsWhatItRefuses() {
        var session = BrowserSession.signIn(port, people.admin(), "en");
        var page = html(session.get("/admin/surveys"));
        assertThat(page.select("#scale option[selected]").attr("value")).isEqualTo("stars");
        assertThat(page.select("[style], style, script:not([src])")).as("nothing the CSP would refuse").isEmpty();
        String version = page.select("input[name=version]").attr("value");

        var refused = session.post("/admin/surveys", "version", version, "enabled", "true", "scale", "stars",
                "intervalDays", "abc", "linkDays", "30", "changeDays", "7");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(html(refused).select("#intervalDays-error").text()).contains("whole number");
        assertThat(html(refused).select("#intervalDays").attr("value")).isEqualTo("abc");
        var outOfRange = session.post("/admin/surveys", "version", version, "enabled", "true", "scale", "stars",
                "intervalDays", "30", "linkDays", "30", "changeDays", "99");
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(html(outOfRange).select("#changeDays-error").text()).contains("0", "30");

        var saved = session.post("/admin/surveys", "version", version, "enabled", "true", "scale", "good_bad",
                "intervalDays", "10", "linkDays", "20", "changeDays", "3");
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode settings = api.as(people.admin()).get("/api/v1/survey/settings").expect(200).json();
        assertThat(settings.path("scale").asString()).isEqualTo("good_bad");
        assertThat(settings.path("intervalDays").asInt()).isEqualTo(10);
        assertThat(html(session.get("/admin")).select("a[href=/admin/surveys]")).hasSize(1);
        assertThat(session.get("/admin/surveys").statusCode()).isEqualTo(200);
        var customerSession = BrowserSession.signIn(port, people.customer(), "en");
        assertThat(customerSession.get("/admin/surveys").statusCode()).isEqualTo(403);
    }

    @Test
    void agentAndCustomerPagesShowTheirRatings() throws Exception {
        TestUser agent = people.agent(groupId("L1"));
        TestUser customer = people.customer();
        long id = open(customer, "Resumo");
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("assignee", agent.id())).expect(200);
        solve(id);
        String surveyToken = surveyToken(customer);
        var visitor = visitor();
        visitor.get("/survey/" + surveyToken);
        visitor.post("/survey/" + surveyToken, "score", "5");
        assertThat(rating(id)).containsEntry("agent_id", agent.id());

        var session = BrowserSession.signIn(port, people.admin(), "en");
        assertThat(html(session.get("/admin/users/" + agent.id())).select(".person-ratings").text())
                .contains("1 ratings, 100% good");
        assertThat(html(session.get("/admin/users/" + customer.id())).select(".person-ratings").text())
                .contains("1 ratings, 100% good");
    }

    @Test
    void theApiDescriptionListsTheSurveyCalls() {
        var description = api.get("/v3/api-docs").expect(200).json();

        var paths = description.path("paths");
        assertThat(paths.path("/api/v1/tickets/{id}/rating").has("get")).isTrue();
        assertThat(paths.path("/api/v1/survey/settings").has("get")).isTrue();
        assertThat(paths.path("/api/v1/survey/settings").has("patch")).isTrue();
        var schemas = description.path("components").path("schemas");
        assertThat(schemas.path("TicketRating").path("properties").has("ratedAt")).isTrue();
        assertThat(schemas.path("SurveySettings").path("properties").has("intervalDays")).isTrue();
        assertThat(schemas.path("TriggerBody").path("properties").path("event").path("enum").toString())
                .contains("ticket.rated");
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
