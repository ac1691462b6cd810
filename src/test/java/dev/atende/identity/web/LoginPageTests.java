package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class LoginPageTests {

    private final MockMvc mvc;
    private final PagePeople people;

    LoginPageTests(MockMvc mvc, PagePeople people) {
        this.mvc = mvc;
        this.people = people;
    }

    @Test
    void formHasALabelForEveryFieldAndATokenAgainstForgery() throws Exception {
        Document page = page("/login", "en");

        assertThat(page.select("form[action=/login][method=post] input[name=_csrf]")).hasSize(1);
        for (String id : new String[] {"username", "password"}) {
            assertThat(page.select("label[for=" + id + "]").text()).as(id).isNotBlank();
        }
        assertThat(page.select("#username").attr("type")).isEqualTo("email");
        assertThat(page.select("#password").attr("type")).isEqualTo("password");
    }

    @Test
    void signingInWithTheRightPasswordLeadsHome() throws Exception {
        var user = people.create(Role.AGENT);

        var response = mvc.perform(formLogin("/login").user(user.email()).password(PagePeople.PASSWORD))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAMessage() throws Exception {
        var user = people.create(Role.CUSTOMER);

        var response = mvc.perform(formLogin("/login").user(user.email()).password("not-the-password"))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(page("/login?error", "pt-BR").select("[role=alert]").text())
                .isEqualTo("E-mail ou senha incorretos. Tente de novo.");
    }

    @Test
    void throttledAndSignedOutVisitorsAreTold() throws Exception {
        assertThat(page("/login?throttled", "en").select("[role=alert]").text()).contains("Too many failed attempts");
        assertThat(page("/login?logout", "pt-BR").select("[role=status]").text()).isEqualTo("Você saiu da sua conta.");
    }

    @Test
    void signingInWithoutTheFormsTokenIsRefused() throws Exception {
        var user = people.create(Role.CUSTOMER);

        var response = mvc.perform(post("/login").param("username", user.email()).param("password", PagePeople.PASSWORD))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void someoneSignedInIsSentOnFromTheForm() throws Exception {
        var session = people.signIn(people.create(Role.CUSTOMER));

        assertThat(mvc.perform(get("/login").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    private Document page(String path, String language) throws Exception {
        var response = mvc.perform(get(path).header("Accept-Language", language)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
