package dev.atende.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.Unique;
import dev.atende.ticket.BrowserSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page in a signed-in browser session, in both languages. */
@H2ServerTest
class SearchPageTests extends ApiSpec {

    @LocalServerPort
    int port;

    @Test
    void anAgentFindsATicketWithTheMatchedWordsMarkedAndEveryTypeTab() {
        String marker = "pg" + Unique.name("").substring(1).toLowerCase();
        long id = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Teclado quebrado " + marker,
                "body", "As teclas não respondem.", "customer", Map.of("email", Unique.email("kb"), "name", "Kim")))
                .expect(201).id();
        var desk = BrowserSession.signIn(port, people.agent(groupIdL1()), "pt-BR");

        Document page = await(desk, "teclados " + marker, "a[href=/agent/tickets/" + id + "]");

        assertThat(page.select("main h1").text()).isEqualTo("Busca");
        assertThat(page.select("a[href=/agent/tickets/" + id + "] mark").text()).contains("Teclado");
        assertThat(page.select(".tabs a").eachText()).contains("Tudo", "Chamados", "Pessoas", "Organizações");
        assertThat(page.select("#search-status option")).isNotEmpty();
        assertThat(page.select("header form[role=search] input[name=q]")).hasSize(1);
    }

    @Test
    void aCustomerSeesNeitherPeopleNorOrganizationsNorTicketFilters() {
        var customer = people.customer();
        var portal = BrowserSession.signIn(port, customer, "en");
        Document page = Jsoup.parse(portal.get("/search?q=anything").body());

        assertThat(page.select("main h1").text()).isEqualTo("Search");
        assertThat(page.select(".tabs a").eachText()).contains("All", "Tickets").doesNotContain("People", "Organizations");
        assertThat(page.select("#search-status")).isEmpty();
    }

    @Test
    void aTooLongQueryIsExplainedOnThePage() {
        var portal = BrowserSession.signIn(port, people.customer(), "en");
        Document page = Jsoup.parse(portal.get("/search?q=" + "x".repeat(250)).body());
        assertThat(page.select("[role=alert]").text()).contains("at most 200 characters");
        Document hostile = Jsoup.parse(portal.get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>",
                StandardCharsets.UTF_8)).body());
        assertThat(hostile.select("main script")).isEmpty();
    }

    @Test
    void adminsSeeTheIndexAndRebuildItFromTheirPagesOthersAreRefused() {
        var admin = BrowserSession.signIn(port, people.admin(), "en");
        Document page = Jsoup.parse(admin.get("/admin/search").body());
        assertThat(page.select("main h1").text()).isEqualTo("Search index");
        assertThat(Jsoup.parse(admin.get("/admin").body()).select("a[href=/admin/search]")).hasSize(1);

        var started = admin.post("/admin/search/rebuild");
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("/admin/search").body()).select(".flash-success").text())
                .contains("being rebuilt");

        var agent = BrowserSession.signIn(port, people.agent(), "en");
        assertThat(agent.get("/admin/search").statusCode()).isEqualTo(403);
        assertThat(agent.post("/admin/search/rebuild").statusCode()).isEqualTo(403);
    }

    private long groupIdL1() {
        for (var group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals("L1")) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no L1 group");
    }

    private static Document await(BrowserSession session, String query, String selector) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            Document page = Jsoup.parse(session.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .body());
            if (!page.select(selector).isEmpty() || Instant.now().isAfter(deadline)) {
                return page;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return page;
            }
        }
    }
}
