package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Saved views: filters, columns and sort under a name; personal, or shared by an admin; never wider than the runner's sight. */
abstract class TicketViewSpec extends TicketSpec {

    @LocalServerPort
    int port;

    @Test
    void aViewListsWhatItsFiltersMatchAndNothingElse() {
        long group = newGroup("Views filters");
        var agent = people.agent(group);
        long match = ticket(agent, group, "Match", "high", "email", List.of("vpn", "urgent-ish"));
        ticket(agent, group, "Other channel", "high", "phone", List.of("vpn"));
        ticket(agent, group, "Other priority", "normal", "email", List.of("vpn"));
        ticket(agent, group, "Missing tag", "high", "email", List.of("printer"));
        long solved = ticket(agent, group, "Solved", "high", "email", List.of("vpn"));
        api.as(agent).patch("/api/v1/tickets/" + solved, Api.json("status", "solved")).expect(200);

        long view = api.as(agent).post("/api/v1/views", Api.json("name", "VPN by mail", "filters", Api.json(
                "statuses", List.of("new", "open"), "group", group, "priority", "high", "channel", "email",
                "tags", List.of("vpn")))).expect(201).id();

        assertThat(ids(api.as(agent).get("/api/v1/views/" + view + "/tickets").expect(200).json()))
                .containsExactly(match);
        JsonNode saved = api.as(agent).get("/api/v1/views/" + view).expect(200).json();
        assertThat(saved.path("sharing").asString()).isEqualTo("personal");
        assertThat(saved.path("filters").path("assignee").asString()).isEqualTo("anyone");
        assertThat(saved.path("sort").asString()).isEqualTo("-updatedAt");
        assertThat(saved.path("editable").asBoolean()).isTrue();
    }

    @Test
    void meMeansWhoeverRunsTheViewAndNoneTheUnassigned() {
        long group = newGroup("Views assignee");
        var ana = people.agent(group);
        var bia = people.agent(group);
        long anas = ticket(ana, group, "Ana's", "normal", "web", List.of());
        long bias = ticket(ana, group, "Bia's", "normal", "web", List.of());
        long nobodys = ticket(ana, group, "Nobody's", "normal", "web", List.of());
        api.as(ana).patch("/api/v1/tickets/" + anas, Api.json("assignee", ana.id())).expect(200);
        api.as(ana).patch("/api/v1/tickets/" + bias, Api.json("assignee", bia.id())).expect(200);
        long mine = api.as(people.admin()).post("/api/v1/views", Api.json("name", "Mine here", "sharing", "groups",
                "sharedWith", List.of(group), "filters", Api.json("group", group, "assignee", "me"))).expect(201).id();
        long unassigned = api.as(ana).post("/api/v1/views", Api.json("name", "Nobody's", "filters",
                Api.json("group", group, "assignee", "none"))).expect(201).id();
        long biasView = api.as(ana).post("/api/v1/views", Api.json("name", "Bia's", "filters",
                Api.json("group", group, "assignee", Long.toString(bia.id())))).expect(201).id();

        assertThat(ids(api.as(ana).get("/api/v1/views/" + mine + "/tickets").expect(200).json())).containsExactly(anas);
        assertThat(ids(api.as(bia).get("/api/v1/views/" + mine + "/tickets").expect(200).json())).containsExactly(bias);
        assertThat(ids(api.as(ana).get("/api/v1/views/" + unassigned + "/tickets").expect(200).json()))
                .containsExactly(nobodys);
        assertThat(ids(api.as(ana).get("/api/v1/views/" + biasView + "/tickets").expect(200).json()))
                .containsExactly(bias);
    }

    @Test
    void aViewSortsByItsOwnSortOrAClickedColumnFromTheListOnly() {
        long group = newGroup("Views sort");
        var agent = people.agent(group);
        long low = ticket(agent, group, "Low", "low", "web", List.of());
        long urgent = ticket(agent, group, "Urgent", "urgent", "web", List.of());
        long normal = ticket(agent, group, "Normal", "normal", "web", List.of());
        long view = api.as(agent).post("/api/v1/views", Api.json("name", "By priority", "sort", "-priority",
                "filters", Api.json("group", group))).expect(201).id();
        String tickets = "/api/v1/views/" + view + "/tickets";

        assertThat(ids(api.as(agent).get(tickets).expect(200).json())).containsExactly(urgent, normal, low);
        assertThat(ids(api.as(agent).get(tickets + "?sort=number").expect(200).json())).containsExactly(low, urgent, normal);
        assertThat(ids(api.as(agent).get(tickets + "?sort=-createdAt").expect(200).json()))
                .containsExactly(normal, urgent, low);
        var page = api.as(agent).get(tickets + "?sort=number&size=2&page=1").expect(200).json();
        assertThat(ids(page)).containsExactly(normal);
        assertThat(page.path("hasNext").asBoolean()).isFalse();
        assertThat(api.as(agent).get(tickets + "?size=2").expect(200).json().path("hasNext").asBoolean()).isTrue();

        assertThat(field(api.as(agent).get(tickets + "?sort=subject").expectProblem(422))).isEqualTo("sort");
        assertThat(field(api.as(agent).patch("/api/v1/views/" + view, Api.json("sort", "customer"))
                .expectProblem(422))).isEqualTo("sort");
        assertThat(api.as(agent).patch("/api/v1/views/" + view, Api.json("sort", "due")).expect(200).json()
                .path("sort").asString()).isEqualTo("due");
    }

    @Test
    void aPersonalViewDoesNotExistForAnyoneElse() {
        long group = newGroup("Views private");
        var owner = people.agent(group);
        var colleague = people.agent(group);
        long view = api.as(owner).post("/api/v1/views", Api.json("name", "Private")).expect(201).id();
        String path = "/api/v1/views/" + view;

        api.as(colleague).get(path).expectProblem(404);
        api.as(colleague).get(path + "/tickets").expectProblem(404);
        api.as(colleague).patch(path, Api.json("name", "Mine now")).expectProblem(404);
        api.as(colleague).delete(path).expectProblem(404);
        assertThat(names(api.as(colleague).get("/api/v1/views").expect(200).json())).doesNotContain("Private");
        assertThat(names(api.as(people.admin()).get("/api/v1/views").expect(200).json())).doesNotContain("Private");
        api.as(people.admin()).get(path).expectProblem(404);
        api.as(owner).get("/api/v1/views/999999999").expectProblem(404);
        assertThat(api.as(owner).get(path).expect(200).json().path("name").asString()).isEqualTo("Private");
    }

    @Test
    void adminsShareViewsWithGroupsOrEveryoneAndAgentsOnlyRunThem() {
        long shared = newGroup("Views shared");
        long other = newGroup("Views other");
        var member = people.agent(shared);
        var outsider = people.agent(other);
        var admin = people.admin();
        long inShared = ticket(admin, shared, "In shared", "normal", "web", List.of());
        long inOther = ticket(admin, other, "In other", "normal", "web", List.of());

        api.as(member).post("/api/v1/views", Api.json("name", "Try to share", "sharing", "everyone")).expectProblem(403);
        long forGroup = api.as(admin).post("/api/v1/views", Api.json("name", Unique.name("Team view"), "sharing",
                "groups", "sharedWith", List.of(shared))).expect(201).id();
        long forAll = api.as(admin).post("/api/v1/views", Api.json("name", Unique.name("Everyone's"), "sharing",
                "everyone", "sort", "-number")).expect(201).id();

        api.as(member).get("/api/v1/views/" + forGroup).expect(200);
        api.as(outsider).get("/api/v1/views/" + forGroup).expectProblem(404);
        assertThat(ids(api.as(member).get("/api/v1/views/" + forAll + "/tickets?size=200").expect(200).json()))
                .contains(inShared).doesNotContain(inOther);
        assertThat(ids(api.as(outsider).get("/api/v1/views/" + forAll + "/tickets?size=200").expect(200).json()))
                .contains(inOther).doesNotContain(inShared);
        JsonNode seen = api.as(member).get("/api/v1/views/" + forAll).expect(200).json();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        api.as(member).patch("/api/v1/views/" + forAll, Api.json("name", "Hijacked")).expectProblem(403);
        api.as(member).delete("/api/v1/views/" + forAll).expectProblem(403);
        api.as(admin).patch("/api/v1/views/" + forGroup, Api.json("sharing", "groups", "sharedWith", List.of()))
                .expectProblem(422);
        api.as(admin).delete("/api/v1/views/" + forAll).expect(204);
        api.as(member).get("/api/v1/views/" + forAll).expectProblem(404);
    }

    @Test
    void theQueuePageCountsEachViewLikeTheBuiltInQueues() {
        long group = newGroup("Views counts");
        var agent = people.agent(group);
        ticket(agent, group, "One", "high", "web", List.of());
        ticket(agent, group, "Two", "high", "web", List.of());
        ticket(agent, group, "Three", "low", "web", List.of());
        long view = api.as(agent).post("/api/v1/views", Api.json("name", "High here", "filters",
                Api.json("group", group, "priority", "high"))).expect(201).id();

        var desk = BrowserSession.signIn(port, agent, "en");
        var counts = Jsoup.parse(desk.get("/agent/queue-counts?saved=" + view).body());
        var tab = counts.select("a[href=\"/agent/views/" + view + "\"]");

        assertThat(tab.select(".count").text()).isEqualTo("2");
        assertThat(tab.attr("aria-current")).isEqualTo("page");
        var page = Jsoup.parse(desk.get("/agent/views/" + view).body());
        assertThat(page.select("h1").text()).isEqualTo("High here");
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("nav.queue-tabs").attr("hx-get")).isEqualTo("/agent/queue-counts?saved=" + view);
    }

    @Test
    void aViewShowsItsColumnsAndItsHeadersSortThroughTheUrl() {
        long group = newGroup("Views columns");
        var agent = people.agent(group);
        ticket(agent, group, "Shown", "high", "web", List.of());
        long view = api.as(agent).post("/api/v1/views", Api.json("name", "Few columns", "columns",
                List.of("subject", "number", "priority"), "filters", Api.json("group", group))).expect(201).id();

        var desk = BrowserSession.signIn(port, agent, "en");
        var page = Jsoup.parse(desk.get("/agent/views/" + view).body());

        assertThat(page.select("thead th").eachText()).containsExactly("Select all tickets on this page", "Number",
                "Subject", "Priority");
        assertThat(page.select("thead a.sort-link").eachAttr("href")).containsExactly(
                "/agent/views/" + view + "?sort=-number", "/agent/views/" + view + "?sort=-priority");
        var sorted = Jsoup.parse(desk.get("/agent/views/" + view + "?sort=-priority").body());
        assertThat(sorted.select("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(sorted.select("th[aria-sort] a").attr("href")).isEqualTo("/agent/views/" + view + "?sort=priority");
        assertThat(desk.get("/agent/views/" + view + "?sort=subject").statusCode()).isEqualTo(422);
        var queue = Jsoup.parse(desk.get("/agent?view=open&sort=due").body());
        assertThat(queue.select("th[aria-sort]").text()).isEqualTo("SLA ▲");
    }

    @Test
    void badViewsAreRefusedWithTheirField() {
        var agent = people.agent(newGroup("Views bad"));
        var as = api.as(agent);

        assertThat(field(as.post("/api/v1/views", Api.json("name", " ")).expectProblem(422))).isEqualTo("name");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "x".repeat(81))).expectProblem(422))).isEqualTo("name");
        as.post("/api/v1/views", Api.json("name", "x".repeat(80))).expect(201);
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("statuses", List.of("lost"))))
                .expectProblem(422))).isEqualTo("statuses");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("priority", "huge")))
                .expectProblem(422))).isEqualTo("priority");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("channel", "fax")))
                .expectProblem(422))).isEqualTo("channel");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("group", 999999999)))
                .expectProblem(422))).isEqualTo("group");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("assignee", "someone")))
                .expectProblem(422))).isEqualTo("assignee");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters",
                Api.json("assignee", Long.toString(people.customer().id())))).expectProblem(422))).isEqualTo("assignee");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("tags", List.of("a b"))))
                .expectProblem(422))).isEqualTo("tags");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("dueWithinMinutes", -1)))
                .expectProblem(422))).isEqualTo("dueWithinMinutes");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("updatedWithinHours", "1")))
                .expectProblem(422))).isEqualTo("filters.updatedWithinHours");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "filters", Api.json("owner", 1)))
                .expectProblem(422))).isEqualTo("filters.owner");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "columns", List.of("number", "secret")))
                .expectProblem(422))).isEqualTo("columns");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "sort", "subject")).expectProblem(422)))
                .isEqualTo("sort");
        assertThat(field(as.post("/api/v1/views", Api.json("name", "v", "sharing", "friends")).expectProblem(422)))
                .isEqualTo("sharing");
        as.send("POST", "/api/v1/views", "{\"name\": ", "application/json").expectProblem(400);
        api.as(people.customer()).get("/api/v1/views").expectProblem(403);
        api.as(people.customer()).post("/api/v1/views", Api.json("name", "v")).expectProblem(403);
        api.get("/api/v1/views").expectProblem(401);
        assertThat(countRows("ticket_views where owner_id = " + agent.id())).isEqualTo(1);
    }

    @Test
    void nobodyKeepsMoreThanFiftyViews() {
        var agent = people.agent(newGroup("Views many"));
        for (int i = 1; i <= 50; i++) {
            api.as(agent).post("/api/v1/views", Api.json("name", "View " + i)).expect(201);
        }

        assertThat(field(api.as(agent).post("/api/v1/views", Api.json("name", "View 51")).expectProblem(422)))
                .isEqualTo("views");
        assertThat(countRows("ticket_views where owner_id = " + agent.id())).isEqualTo(50);
    }

    @Test
    void theFormSavesChangesAndDeletesAViewAndRefusesABadOne() {
        long group = newGroup("Views form");
        var agent = people.agent(group);
        var desk = BrowserSession.signIn(port, agent, "en");
        desk.get("/agent/views/new");

        var blank = desk.post("/agent/views", "name", " ", "statuses", "open", "columns", "number", "sort", "-updatedAt");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(blank.body()).select("#name ~ .field-error").text()).isEqualTo("Required.");
        var notANumber = desk.post("/agent/views", "name", "Soon", "dueWithinMinutes", "soon");
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(notANumber.body()).select("#dueWithinMinutes ~ .field-error").text())
                .isEqualTo("Must be a whole number.");

        var saved = desk.post("/agent/views", "name", "Open here", "statuses", "open", "group", Long.toString(group),
                "assignee", "anyone", "columns", "number", "columns", "subject", "sort", "-number");
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long view = Long.parseLong(location.replaceAll(".*/agent/views/", ""));
        JsonNode json = api.as(agent).get("/api/v1/views/" + view).expect(200).json();
        assertThat(json.path("columns").toString()).isEqualTo("[\"number\",\"subject\"]");
        assertThat(json.path("filters").path("group").asLong()).isEqualTo(group);

        desk.get("/agent/views/" + view + "/edit");
        desk.post("/agent/views/" + view, "name", "Renamed", "assignee", "me", "columns", "subject", "sort", "due");
        assertThat(api.as(agent).get("/api/v1/views/" + view).expect(200).json().path("name").asString())
                .isEqualTo("Renamed");
        desk.post("/agent/views/" + view + "/delete");
        api.as(agent).get("/api/v1/views/" + view).expectProblem(404);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var agent = people.agent(newGroup("Views csrf"));
        long view = api.as(agent).post("/api/v1/views", Api.json("name", "Keep me")).expect(201).id();
        var session = BrowserSession.signIn(port, agent, "en");
        var forged = session.postWithoutCsrf("/agent/views/" + view + "/delete");

        assertThat(forged.statusCode()).isEqualTo(403);
        api.as(agent).get("/api/v1/views/" + view).expect(200);
    }

    @Test
    void theApiDescriptionShowsViewsAndBulkChanges() {
        var paths = api.get("/v3/api-docs").expect(200).json().path("paths");

        assertThat(paths.path("/api/v1/views").has("post")).isTrue();
        assertThat(paths.path("/api/v1/views/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/views/{id}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/views/{id}/tickets")).isTrue();
        assertThat(paths.path("/api/v1/tickets/bulk").path("post").path("description").asString()).contains("100");
        assertThat(paths.has("/api/v1/tickets/bulk/macros/{macroId}")).isTrue();
    }

    long newGroup(String name) {
        return api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name(name), "level", 1))
                .expect(201).id();
    }

    /** A ticket an agent (or admin) opens for a new customer in this group. */
    long ticket(TestUser by, long group, String subject, String priority, String channel, List<String> tags) {
        return api.as(by).post("/api/v1/tickets", Api.json("subject", subject, "body", "x", "group", group,
                "priority", priority, "channel", channel, "tags", tags, "customer",
                Map.of("email", Unique.email("views")))).expect(201).id();
    }

    static List<Long> ids(JsonNode window) {
        return window.path("items").valueStream().map(t -> t.path("id").asLong()).toList();
    }

    static List<String> names(JsonNode views) {
        return views.valueStream().map(v -> v.path("name").asString()).toList();
    }

    static String field(JsonNode problem) {
        return problem.path("errors").get(0).path("field").asString();
    }

}
