package dev.atende.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the survey specifications share: tickets solved by the admin, the solved mail's survey
 * links, a visitor who opens them without signing in, and the settings put back after each test
 * (they are one row for the whole server).
 */
abstract class SurveySpec extends ApiSpec {

    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/survey/([A-Za-z0-9_-]{43})\\?score=(\\d)");
    static final Map<String, Object> DEFAULTS = Api.json("enabled", true, "scale", "stars", "intervalDays", 30,
            "linkDays", 30, "changeDays", 7);

    @LocalServerPort
    int port;

    /** A token unique to this test, for subjects and trigger conditions. */
    final String token = Unique.name("SURVEY").replaceAll("[^A-Za-z0-9]", "");

    @AfterEach
    void restoreSettings() {
        api.as(people.admin()).patch("/api/v1/survey/settings", DEFAULTS).expect(200);
    }

    BrowserSession visitor() {
        return BrowserSession.anonymous(port, "en");
    }

    long open(TestUser customer, String subject) {
        return api.as(customer).post("/api/v1/tickets", Api.json("subject", subject + " " + token,
                "body", "The secret body of the request")).expect(201).id();
    }

    void solve(long ticketId) {
        api.as(people.admin()).patch("/api/v1/tickets/" + ticketId, Api.json("status", "solved")).expect(200);
    }

    JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    /** The solved mail to this customer (the only mail a ticket opened through the API sends them). */
    MimeMessage solvedMail(TestUser customer) {
        return TestMail.await(customer.email(), 1).get(0);
    }

    /** The rating links of a mail, in the order they appear in its plain-text part: score to link. */
    static List<String[]> links(MimeMessage mail) throws Exception {
        List<String[]> links = new ArrayList<>();
        Matcher m = LINK.matcher(part(mail, "text/plain"));
        while (m.find()) {
            links.add(new String[] {m.group(2), m.group(0), m.group(1)});
        }
        return links;
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(part(multipart.getBodyPart(i), type));
            }
            return text.toString();
        }
        return "";
    }

    /** The token of the ticket's survey, from its solved mail. */
    String surveyToken(TestUser customer) throws Exception {
        var links = links(solvedMail(customer));
        assertThat(links).as("rating links in the solved mail").isNotEmpty();
        return links.get(0)[2];
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    long requests(long ticketId) {
        return count("select count(*) from survey_requests where ticket_id = ?", ticketId);
    }

    Map<String, Object> rating(long ticketId) {
        return jdbc.queryForMap("select * from ticket_ratings where ticket_id = ?", ticketId);
    }

    /** Sets one of a ticket's survey times (a plain UTC timestamp), as if days had passed. */
    void setTime(long ticketId, String column, Instant at) {
        jdbc.update("update survey_requests set " + column + " = ? where ticket_id = ?",
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), ticketId);
    }

    Instant time(long ticketId, String column) {
        LocalDateTime at = jdbc.queryForObject("select " + column + " from survey_requests where ticket_id = ?",
                LocalDateTime.class, ticketId);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after 15 s: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            value = probe.get();
        }
        return value;
    }
}
