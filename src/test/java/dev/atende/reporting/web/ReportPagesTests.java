package dev.atende.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.atende.identity.Groups;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dashboards: who gets which, the charts' data without inline script, both languages. */
@PageTest
class ReportPagesTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final Groups groups;

    ReportPagesTests(MockMvc mvc, PagePeople people, Groups groups) {
        this.mvc = mvc;
        this.people = people;
        this.groups = groups;
    }

    @Test
    void teamDashboardShowsTilesChartsQueueAndExports() throws Exception {
        long l1 = groups.findByNameIgnoreCase("L1").orElseThrow().id();
        var agent = people.signIn(people.create(Role.AGENT, l1));
        var response = perform(get("/reports/team"), agent);
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Team dashboard");
        assertThat(page.select(".kpi .kpi-name").eachText()).contains("Created", "First response (median)",
                "SLA compliance", "First-contact resolution");
        assertThat(page.select(".kpi").first().attr("title")).isEqualTo("Tickets created in the period.");
        assertThat(page.select("canvas[data-chart=trend]").attr("data-chart-data")).startsWith("{\"labels\":[");
        assertThat(page.select("script[src*=chart.umd.min.js]")).hasSize(1);
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style], style")).isEmpty(); // the CSP allows our stylesheet only
        assertThat(page.select("section.queue").attr("hx-get")).isEqualTo("/reports/queue?group=" + l1);
        assertThat(page.select("a[href^=/api/v1/reports/tickets.csv]").attr("href")).contains("group=" + l1);
        assertThat(page.select("select#group option[selected]").attr("value")).isEqualTo(Long.toString(l1));
        assertThat(page.select(".definitions dt").eachText()).contains("Open tickets");
        assertThat(page.select("nav.nav a[href=/reports]").hasClass("active")).isTrue();
    }

    @Test
    void mineInPortugueseAndAllForAdminsOnly() throws Exception {
        var agent = people.signIn(people.create(Role.AGENT));
        var mine = perform(get("/reports/mine").header("Accept-Language", "pt-BR"), agent);
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(mine.getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
                .isEqualTo("Meus números");
        assertThat(perform(get("/admin/reports"), agent).getStatus()).isEqualTo(403);
        var admin = people.signIn(people.admin());
        var all = perform(get("/admin/reports"), admin);
        assertThat(all.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(all.getContentAsString(StandardCharsets.UTF_8)).select(".card h2").eachText())
                .contains("By group", "By channel", "By organization");
    }

    @Test
    void customersAreRefusedAndBadPeriodsExplained() throws Exception {
        var customer = people.signIn(people.create(Role.CUSTOMER));
        assertThat(perform(get("/reports/team"), customer).getStatus()).isEqualTo(403);
        assertThat(perform(get("/reports/queue"), customer).getStatus()).isEqualTo(403);
        var admin = people.signIn(people.admin());
        var bad = perform(get("/reports/team?from=2026-02-01&to=2026-01-01"), admin);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("The period must end after it starts.");
    }

    @Test
    void chartLibraryIsServedFromItsWebjar() throws Exception {
        var response = perform(get("/webjars/chart.js/dist/chart.umd.min.js"), people.signIn(people.admin()));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(perform(get("/js/reports.js"), people.signIn(people.admin())).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }
}
