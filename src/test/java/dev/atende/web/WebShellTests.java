package dev.atende.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The shell every page shares: where the root leads, the navigation, assets, CSP and errors. */
@PageTest
class WebShellTests {

    private final MockMvc mvc;
    private final PagePeople people;

    WebShellTests(MockMvc mvc, PagePeople people) {
        this.mvc = mvc;
        this.people = people;
    }

    @Test
    void rootSendsStaffToTheQueuesAndCustomersToThePortal() throws Exception {
        assertThat(redirectOf(people.signIn(people.admin()))).isEqualTo("/agent");
        assertThat(redirectOf(people.signIn(people.create(Role.AGENT)))).isEqualTo("/agent");
        assertThat(redirectOf(people.signIn(people.create(Role.CUSTOMER)))).isEqualTo("/portal");
    }

    @Test
    void rootSendsVisitorsToSignIn() throws Exception {
        var response = mvc.perform(get("/")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void navigationOffersWhatTheRoleMayOpen() throws Exception {
        Document admin = page(people.signIn(people.admin()), "/profile");
        Document agent = page(people.signIn(people.create(Role.AGENT)), "/profile");
        Document customer = page(people.signIn(people.create(Role.CUSTOMER)), "/profile");

        assertThat(admin.select("nav.nav a").eachAttr("href")).containsExactly("/agent", "/reports", "/admin");
        assertThat(agent.select("nav.nav a").eachAttr("href")).containsExactly("/agent", "/reports");
        assertThat(customer.select("nav.nav a").eachAttr("href")).containsExactly("/portal");
        assertThat(customer.select(".user-menu a[href=/profile]").text()).isEqualTo("Page customer");
        assertThat(customer.select(".user-menu form[action=/logout][method=post] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithoutInlineCode() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");

        assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void assetsAndHtmxAreServedByTheApplication() throws Exception {
        for (String path : new String[] {"/webjars/htmx.org/dist/htmx.min.js", "/css/atende.css", "/js/atende.js",
                "/img/atende.svg"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        Document login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(login.select("script[src*=htmx.min.js]")).hasSize(1);
        assertThat(login.select("meta[name=_csrf]").attr("content")).isNotBlank();
        assertThat(login.select("meta[name=_csrf_header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
    }

    @Test
    void errorPageIsFriendlyInTheReadersLanguageAndShowsNoInternals() throws Exception {
        String body = mvc.perform(get("/error").header("Accept-Language", "pt-BR")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/agent/tickets/1")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(body);
        assertThat(page.select("html").attr("lang")).isEqualTo("pt-BR");
        assertThat(page.select("main h1").text()).isEqualTo("Algo deu errado");
        assertThat(body).doesNotContain("secret detail", "Exception", "at dev.atende");
    }

    @Test
    void aRefusalBehindAPageShowsTheErrorPageWithItsStatus() throws Exception {
        MvcResult result = mvc.perform(get("/admin/users/987654321").session(people.signIn(people.admin()))
                .header("Accept-Language", "en")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("main .error-status").text()).isEqualTo("404");
        assertThat(page.select("nav.nav a").eachAttr("href")).contains("/admin");
    }

    @Test
    void aBadValueInALinkIsExplainedOnTheErrorPage() throws Exception {
        var response = mvc.perform(get("/admin/users?page=-1").session(people.signIn(people.admin()))
                .header("Accept-Language", "pt-BR")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-details li")).hasSize(1);
        assertThat(page.select(".error-details li").text()).isNotBlank().doesNotStartWith("error.");
    }

    private String redirectOf(MockHttpSession session) throws Exception {
        return mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl();
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
