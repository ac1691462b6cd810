package dev.atende.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.PageTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The footer's light / dark / system switch, for visitors and people signed in alike. */
@PageTest
class ColourSchemeTests {

    private final MockMvc mvc;

    ColourSchemeTests(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void pagesFollowTheSystemUntilAChoiceIsMade() throws Exception {
        Document login = page(null);

        assertThat(login.select("html").hasAttr("data-theme")).isFalse();
        assertThat(login.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
        assertThat(login.select("form[action=/colour-scheme] button[aria-pressed=true]").val()).isEqualTo("auto");
        assertThat(login.select("form[action=/colour-scheme] button").eachAttr("value"))
                .containsExactly("light", "dark", "auto");
    }

    @Test
    void choosingDarkIsRememberedAndDrawsEveryPageDark() throws Exception {
        MockHttpServletResponse chosen = mvc.perform(post("/colour-scheme").with(csrf())
                .param("scheme", "dark").param("back", "/help?q=printer")).andReturn().getResponse();

        assertThat(chosen.getStatus()).isEqualTo(303);
        assertThat(chosen.getHeader("Location")).isEqualTo("/help?q=printer");
        Cookie cookie = chosen.getCookie(ColourScheme.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("dark");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);

        Document login = page(cookie);
        assertThat(login.select("html").attr("data-theme")).isEqualTo("dark");
        assertThat(login.select("meta[name=color-scheme]").attr("content")).isEqualTo("dark");
        assertThat(login.select("form[action=/colour-scheme] button[aria-pressed=true]").val()).isEqualTo("dark");
    }

    @Test
    void choosingTheSystemAgainForgetsTheChoice() throws Exception {
        Cookie cookie = mvc.perform(post("/colour-scheme").with(csrf()).param("scheme", "auto").param("back", "/login"))
                .andReturn().getResponse().getCookie(ColourScheme.COOKIE);

        assertThat(cookie.getMaxAge()).isZero();
    }

    @Test
    void theSwitchNeverSendsAnywhereElse() throws Exception {
        for (String back : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                "", "/x\r\nSet-Cookie: a=b"}) {
            var response = mvc.perform(post("/colour-scheme").with(csrf()).param("scheme", "light").param("back", back))
                    .andReturn().getResponse();
            assertThat(response.getHeader("Location")).as(back).isEqualTo("/");
        }
    }

    @Test
    void anUnknownSchemeOrAMissingTokenIsRefused() throws Exception {
        assertThat(mvc.perform(post("/colour-scheme").with(csrf()).param("scheme", "neon")).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/colour-scheme").param("scheme", "dark")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // a forged cookie is ignored, not echoed into the page
        Document login = page(new Cookie(ColourScheme.COOKIE, "\"><script>"));
        assertThat(login.select("html").hasAttr("data-theme")).isFalse();
    }

    private Document page(Cookie cookie) throws Exception {
        var request = get("/login");
        if (cookie != null) {
            request.cookie(cookie);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
