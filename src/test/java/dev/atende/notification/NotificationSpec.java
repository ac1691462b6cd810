package dev.atende.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * In-app notices, through the whole server: who is told of a mention, an assignment and a
 * customer's reply, what each person turned off, reading them, and nobody reaching another
 * person's. Notices are made after the ticket's change committed, so the steps wait for them.
 */
abstract class NotificationSpec extends ApiSpec {

    @LocalServerPort
    int port;

    long team;
    long otherTeam;
    TestUser ana;
    TestUser bruno;

    @BeforeEach
    void aTeamOfTwo() {
        // groups of their own (manual assignment), so that nothing else hands their tickets around
        team = group("Notify");
        otherTeam = group("Notify-other");
        ana = agent("Ana Notify", team);
        bruno = agent("Bruno Notify", team);
    }

    @Test
    void aMentionInANoteTellsOnlyTheAgentsWhoMaySeeTheTicket() {
        TestUser outsider = agent("Carla Notify", otherTeam);
        long ticket = ticketOf(team);

        note(ana, ticket, "@" + handle(bruno) + " and @" + handle(outsider) + " and myself @" + handle(ana)
                + ", please look. Mail bruno@example.com is not a mention.");

        JsonNode notice = waitForOne(bruno);
        assertThat(notice.path("kind").asString()).isEqualTo("mention");
        assertThat(notice.path("ticketId").asLong()).isEqualTo(ticket);
        assertThat(notice.path("actorId").asLong()).isEqualTo(ana.id());
        assertThat(notice.path("actorName").asString()).isEqualTo(ana.name());
        assertThat(notice.path("text").asString()).startsWith(ana.name() + " mentioned you on ticket #");
        assertThat(notice.path("readAt").isNull()).isTrue();
        assertThat(count(outsider)).as("cannot see the ticket: not told").isZero();
        assertThat(count(ana)).as("nobody is told of their own mention").isZero();
    }

    @Test
    void aMentionByNameWithoutSpacesCountsAndAPublicReplyMentionsNobody() {
        long ticket = ticketOf(team);
        api.as(ana).post("/api/v1/tickets/" + ticket + "/articles",
                Api.json("body", "Dear customer, @" + handle(bruno) + " will call you.")).expect(201);
        note(ana, ticket, "Ping @" + bruno.name().replace(" ", "").toUpperCase());

        waitForOne(bruno);
        assertThat(list(bruno, "").path("total").asLong()).as("only the note's mention").isEqualTo(1);
    }

    @Test
    void aTicketAssignedBySomeoneElseTellsTheAssigneeButTakingOneSelfDoesNot() {
        long mine = ticketOf(team);
        api.as(ana).patch("/api/v1/tickets/" + mine, Api.json("assignee", ana.id())).expect(200);
        long given = ticketOf(team);
        api.as(ana).patch("/api/v1/tickets/" + given, Api.json("assignee", bruno.id())).expect(200);

        JsonNode notice = waitForOne(bruno);
        assertThat(notice.path("kind").asString()).isEqualTo("assigned");
        assertThat(notice.path("ticketId").asLong()).isEqualTo(given);
        assertThat(notice.path("text").asString()).contains(ana.name()).contains("assigned").contains("to you");

        note(bruno, given, "@" + handle(ana) + " thanks"); // a later notice for Ana: her own assignment came before
        JsonNode anas = waitForOne(ana);
        assertThat(anas.path("kind").asString()).isEqualTo("mention");
        assertThat(list(ana, "").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theAssigneeHearsOfTheCustomersReply() {
        TestUser customer = people.customer();
        long ticket = ticketOf(team, customer);
        api.as(ana).patch("/api/v1/tickets/" + ticket, Api.json("assignee", bruno.id())).expect(200);
        waitForOne(bruno);

        api.as(customer).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Any news?")).expect(201);

        JsonNode reply = eventually(() -> list(bruno, "?unread=true"), page -> page.path("total").asLong() == 2)
                .path("items").get(0);
        assertThat(reply.path("kind").asString()).isEqualTo("customerReply");
        assertThat(reply.path("actorId").asLong()).isEqualTo(customer.id());
    }

    @Test
    void aKindTurnedOffInTheAppIsNotShownAndTheEmailChoiceStaysAsItWas() {
        JsonNode choices = api.as(bruno).put("/api/v1/notifications/preferences", Api.json("mention", false))
                .expect(200).json();
        assertThat(choices.path("mention").asBoolean()).isFalse();
        assertThat(choices.path("assigned").asBoolean()).isTrue();
        long ticket = ticketOf(team);

        note(ana, ticket, "@" + handle(bruno) + " look");
        api.as(ana).patch("/api/v1/tickets/" + ticket, Api.json("assignee", bruno.id())).expect(200);

        JsonNode notice = waitForOne(bruno);
        assertThat(notice.path("kind").asString()).as("the mention was not shown").isEqualTo("assigned");
        JsonNode me = api.as(bruno).get("/api/v1/users/me").expect(200).json();
        assertThat(me.toString()).as("e-mail notices untouched").doesNotContain("\"mention\":false");
    }

    @Test
    void readingOneReadingAllAndTheUnreadCount() {
        long ticket = ticketOf(team);
        for (int i = 1; i <= 3; i++) {
            note(ana, ticket, "note " + i + " for @" + handle(bruno));
        }
        eventually(() -> count(bruno), n -> n == 3);
        JsonNode unread = list(bruno, "?unread=true");
        assertThat(unread.path("total").asLong()).isEqualTo(3);
        long newest = unread.path("items").get(0).path("id").asLong();
        long oldest = unread.path("items").get(2).path("id").asLong();
        assertThat(newest).as("newest first").isGreaterThan(oldest);

        JsonNode read = api.as(bruno).post("/api/v1/notifications/" + oldest + "/read", Map.of()).expect(200).json();
        assertThat(read.path("readAt").isNull()).isFalse();
        api.as(bruno).post("/api/v1/notifications/" + oldest + "/read", Map.of()).expect(200);
        assertThat(count(bruno)).isEqualTo(2);
        assertThat(list(bruno, "?unread=true").path("items").valueStream().map(n -> n.path("id").asLong()))
                .doesNotContain(oldest);

        assertThat(api.as(bruno).post("/api/v1/notifications/read-all", Map.of()).expect(200).json()
                .path("read").asInt()).isEqualTo(2);
        assertThat(count(bruno)).isZero();
        assertThat(list(bruno, "").path("total").asLong()).as("read ones stay listed").isEqualTo(3);
        assertThat(list(bruno, "?page=1&size=2").path("items").size()).isEqualTo(1);
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotice() {
        long ticket = ticketOf(team);
        note(ana, ticket, "@" + handle(bruno) + " private");
        long id = waitForOne(bruno).path("id").asLong();

        api.as(ana).post("/api/v1/notifications/" + id + "/read", Map.of()).expectProblem(404);
        api.as(people.admin()).post("/api/v1/notifications/" + id + "/read", Map.of()).expectProblem(404);
        assertThat(list(ana, "").path("total").asLong()).isZero();
        api.as(people.admin()).post("/api/v1/notifications/read-all", Map.of()).expect(200);
        assertThat(count(bruno)).as("someone else's read-all leaves it unread").isEqualTo(1);
        api.as(bruno).post("/api/v1/notifications/99999999999/read", Map.of()).expectProblem(404);
        api.anonymous().get("/api/v1/notifications/count").expect(401);
    }

    @Test
    void badInputIsRefusedClearly() {
        api.as(bruno).post("/api/v1/notifications/abc/read", Map.of()).expectProblem(400);
        api.as(bruno).get("/api/v1/notifications?unread=maybe").expectProblem(400);
        api.as(bruno).get("/api/v1/notifications?page=x").expectProblem(400);
        assertThat(api.as(bruno).get("/api/v1/notifications?page=-1").expectProblem(422).toString()).contains("page");
        assertThat(api.as(bruno).get("/api/v1/notifications?size=0").expectProblem(422).toString()).contains("size");
        assertThat(api.as(bruno).send("PUT", "/api/v1/notifications/preferences", "{\"mention\": [1]}",
                "application/json").expectProblem(422).toString()).contains("mention");
        api.as(bruno).send("PUT", "/api/v1/notifications/preferences", "{not json", "application/json")
                .expectProblem(400);
        assertThat(api.as(bruno).get("/api/v1/notifications/preferences").expect(200).json().path("mention")
                .asBoolean()).as("nothing half-written").isTrue();
    }

    @Test
    void theOldestReadNoticesGoBeyondFiveHundredAndUnreadOnesStay() {
        long ticket = ticketOf(team);
        Instant long_ago = Instant.now().minus(Duration.ofDays(30));
        jdbc.update("insert into notifications (recipient_id, kind, ticket_id, created_at) values (?, 'assigned', ?, ?)",
                bruno.id(), ticket, Timestamp.from(long_ago)); // an old unread one
        List<Object[]> rows = java.util.stream.IntStream.range(0, 505)
                .mapToObj(i -> new Object[] {bruno.id(), ticket, Timestamp.from(long_ago), Timestamp.from(long_ago)})
                .toList();
        jdbc.batchUpdate("insert into notifications (recipient_id, kind, ticket_id, created_at, read_at)"
                + " values (?, 'assigned', ?, ?, ?)", rows);

        note(ana, ticket, "@" + handle(bruno) + " one more");
        eventually(() -> count(bruno), n -> n == 2);

        Long kept = jdbc.queryForObject("select count(*) from notifications where recipient_id = ?", Long.class,
                bruno.id());
        Long unreadKept = jdbc.queryForObject(
                "select count(*) from notifications where recipient_id = ? and read_at is null", Long.class, bruno.id());
        assertThat(kept).isEqualTo(501); // the newest 500 and the old unread one
        assertThat(unreadKept).isEqualTo(2);
        assertThat(list(bruno, "").path("items").get(0).path("kind").asString()).isEqualTo("mention");
    }

    @Test
    void noticesReadInTheRecipientsLanguage() {
        TestUser carlos = people.create(Role.AGENT, Map.of("name", "Carlos " + Unique.name("pt"), "locale", "pt-BR",
                "groups", List.of(team)));
        long ticket = ticketOf(team);
        api.as(ana).patch("/api/v1/tickets/" + ticket, Api.json("assignee", carlos.id())).expect(200);

        JsonNode notice = waitForOne(carlos);
        assertThat(notice.path("text").asString()).isEqualTo(ana.name() + " atribuiu chamado #"
                + api.as(carlos).get("/api/v1/tickets/" + ticket).expect(200).json().path("number").asLong()
                + " a você");
    }

    @Test
    void theNoteEditorSuggestsOnlyColleaguesWhoMaySeeTheTicket() {
        TestUser outsider = agent("Bruna Fora", otherTeam);
        long ticket = ticketOf(team);
        var browser = BrowserSession.signIn(port, ana, "en");

        var found = browser.get("/agent/tickets/" + ticket + "/mentionable?q=" + handle(bruno).substring(0, 8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"handle\":\"" + handle(bruno) + "\"").contains(bruno.name());
        var byName = browser.get("/agent/tickets/" + ticket + "/mentionable?q=Brun");
        assertThat(byName.body()).contains(bruno.name()).doesNotContain(outsider.name());

        assertThat(BrowserSession.signIn(port, outsider, "en").get("/agent/tickets/" + ticket + "/mentionable?q=a")
                .statusCode()).as("may not see the ticket").isEqualTo(404);
        assertThat(browser.get("/agent/tickets/" + ticket + "/mentionable?q=" + "x".repeat(65)).statusCode())
                .isEqualTo(422);
        assertThat(BrowserSession.signIn(port, people.customer(), "en")
                .get("/agent/tickets/" + ticket + "/mentionable?q=a").statusCode()).isEqualTo(403);
    }

    @Test
    void theBellAndTheListPageShowTheCountAndOpeningMarksRead() {
        long ticket = ticketOf(team);
        note(ana, ticket, "@" + handle(bruno) + " see this");
        long id = waitForOne(bruno).path("id").asLong();
        var browser = BrowserSession.signIn(port, bruno, "en");

        assertThat(browser.get("/agent").body()).contains("data-notifications=\"" + bruno.id() + "\"");
        assertThat(browser.get("/notifications/bell").body()).contains(">1<").contains("1 unread");
        String page = browser.get("/notifications").body();
        assertThat(page).contains(ana.name() + " mentioned you on ticket #").contains("Unread");
        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("script")).as("scripts from files only (CSP)")
                .allSatisfy(script -> assertThat(script.hasAttr("src")).isTrue());
        assertThat(html.select("[style]")).isEmpty();

        var opened = browser.post("/notifications/" + id + "/open");
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/agent/tickets/" + ticket);
        assertThat(count(bruno)).isZero();
        assertThat(browser.get("/notifications/bell").body()).doesNotContain("class=\"count\"");
        var other = BrowserSession.signIn(port, ana, "en");
        other.get("/notifications"); // the page's form token
        assertThat(other.post("/notifications/" + id + "/open").statusCode()).as("not hers").isEqualTo(404);
    }

    @Test
    void theApiDescriptionNamesEveryNotificationCall() {
        JsonNode paths = api.get("/v3/api-docs").expect(200).json().path("paths");
        assertThat(paths.path("/api/v1/notifications").has("get")).isTrue();
        assertThat(paths.path("/api/v1/notifications/count").has("get")).isTrue();
        assertThat(paths.path("/api/v1/notifications/{id}/read").has("post")).isTrue();
        assertThat(paths.path("/api/v1/notifications/read-all").has("post")).isTrue();
        assertThat(paths.path("/api/v1/notifications/preferences").has("put")).isTrue();
        assertThat(paths.has("/agent/tickets/{id}/mentionable")).as("a page helper, not the API").isFalse();
    }

    // --- helpers

    long group(String name) {
        return api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name(name))).expect(201).id();
    }

    TestUser agent(String name, long group) {
        return people.create(Role.AGENT, Map.of("name", Unique.name(name).replace("-", " "), "groups", List.of(group)));
    }

    static String handle(TestUser user) {
        return user.email().substring(0, user.email().indexOf('@'));
    }

    long ticketOf(long group) {
        return ticketOf(group, people.customer());
    }

    long ticketOf(long group, TestUser customer) {
        long id = api.as(customer).post("/api/v1/tickets", Api.json("subject", Unique.name("Notify"), "body", "Help"))
                .expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("group", group)).expect(200);
        return id;
    }

    void note(TestUser author, long ticket, String body) {
        api.as(author).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", body, "visibility", "internal"))
                .expect(201);
    }

    long count(TestUser user) {
        return api.as(user).get("/api/v1/notifications/count").expect(200).json().path("unread").asLong();
    }

    JsonNode list(TestUser user, String query) {
        return api.as(user).get("/api/v1/notifications" + query).expect(200).json();
    }

    /** The person's only notice, once it is there. */
    JsonNode waitForOne(TestUser user) {
        JsonNode page = eventually(() -> list(user, ""), p -> p.path("total").asLong() >= 1);
        assertThat(page.path("total").asLong()).as("one notice for " + user).isEqualTo(1);
        return page.path("items").get(0);
    }

    static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out; last: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
