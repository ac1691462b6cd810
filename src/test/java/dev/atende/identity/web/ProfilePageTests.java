package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

@PageTest
class ProfilePageTests {

    private final MockMvc mvc;
    private final PagePeople people;

    ProfilePageTests(MockMvc mvc, PagePeople people) {
        this.mvc = mvc;
        this.people = people;
    }

    @Test
    void aChosenLanguageAppliesFromTheNextPageOverTheBrowsers() throws Exception {
        var user = people.create(Role.CUSTOMER);
        var session = people.signIn(user);

        var saved = mvc.perform(post("/profile").session(session).with(csrf()).header("Accept-Language", "en")
                .param("name", "Joana Prado").param("locale", "pt-BR")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        Document next = page(session, "en");
        assertThat(next.select("html").attr("lang")).isEqualTo("pt-BR");
        assertThat(next.select("main h1").text()).isEqualTo("Seu perfil");
        assertThat(next.select(".flash-success").text()).isEqualTo("Seu perfil foi salvo.");
        assertThat(next.select(".user-menu .user-name").text()).isEqualTo("Joana Prado");
        assertThat(people.reload(user).locale()).isEqualTo("pt-BR");
    }

    @Test
    void browserLanguageIsFollowedUntilOneIsChosen() throws Exception {
        var session = people.signIn(people.create(Role.AGENT));

        assertThat(page(session, "pt-BR,pt;q=0.9,en;q=0.5").select("main h1").text()).isEqualTo("Seu perfil");
        assertThat(page(session, "en-US").select("main h1").text()).isEqualTo("Your profile");
    }

    @Test
    void aBlankNameIsRefusedNextToTheFieldWithTheLanguageKept() throws Exception {
        var session = people.signIn(people.create(Role.CUSTOMER));

        var response = mvc.perform(post("/profile").session(session).with(csrf()).header("Accept-Language", "en")
                .param("name", "  ").param("locale", "en")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#name-error").text()).isNotBlank();
        assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#locale option[selected]").val()).isEqualTo("en");
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() throws Exception {
        var session = people.signIn(people.create(Role.CUSTOMER));

        var response = changePassword(session, "wrong-current", "new-secret-22", "new-secret-22");

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#currentPassword-error").text()).isEqualTo("Informe corretamente a sua senha atual.");
        assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
    }

    @Test
    void theNewPasswordMustBeTypedTheSameTwice() throws Exception {
        var session = people.signIn(people.create(Role.CUSTOMER));

        var response = changePassword(session, PagePeople.PASSWORD, "new-secret-22", "new-secret-23");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#confirmPassword-error")
                .text()).isEqualTo("As duas senhas novas não são iguais.");
    }

    @Test
    void aChangedPasswordSignsIn() throws Exception {
        var user = people.create(Role.CUSTOMER);

        var response = changePassword(people.signIn(user), PagePeople.PASSWORD, "new-secret-22", "new-secret-22");

        assertThat(response.getRedirectedUrl()).isEqualTo("/profile");
        assertThat(mvc.perform(formLogin("/login").user(user.email()).password("new-secret-22")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private MockHttpServletResponse changePassword(MockHttpSession session, String current, String password,
            String again) throws Exception {
        return mvc.perform(post("/profile/password").session(session).with(csrf()).header("Accept-Language", "pt-BR")
                .param("currentPassword", current).param("password", password).param("confirmPassword", again))
                .andReturn().getResponse();
    }

    private Document page(MockHttpSession session, String language) throws Exception {
        var response = mvc.perform(get("/profile").session(session).header("Accept-Language", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
