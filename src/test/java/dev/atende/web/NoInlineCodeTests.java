package dev.atende.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CSP allows scripts and styles only from our own files, so a page with an inline script,
 * a style attribute or an event-handler attribute would silently break: none may have one.
 */
@PageTest
class NoInlineCodeTests {

    private static final List<String> ADMIN_PAGES = List.of("/profile", "/admin", "/admin/users", "/admin/users/new",
            "/admin/organizations", "/admin/organizations/new", "/admin/groups", "/admin/groups/new",
            "/admin/users/987654321");

    private final MockMvc mvc;
    private final PagePeople people;

    NoInlineCodeTests(MockMvc mvc, PagePeople people) {
        this.mvc = mvc;
        this.people = people;
    }

    @Test
    void signInPageHasNoInlineScriptsOrStyles() throws Exception {
        assertNoInlineCode("/login", Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
    }

    @Test
    void adminAndProfilePagesHaveNoInlineScriptsOrStyles() throws Exception {
        var session = people.signIn(people.admin());
        for (String path : ADMIN_PAGES) {
            var body = mvc.perform(get(path).session(session)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertNoInlineCode(path, Jsoup.parse(body));
        }
    }

    private static void assertNoInlineCode(String path, Document page) {
        assertThat(page.select("script")).as(path + " scripts").isNotEmpty()
                .allSatisfy(script -> {
                    assertThat(script.hasAttr("src")).as(path + " script src").isTrue();
                    assertThat(script.data()).as(path + " script body").isBlank();
                });
        assertThat(page.select("style")).as(path + " style elements").isEmpty();
        assertThat(page.select("[style]")).as(path + " style attributes").isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey).filter(key -> key.startsWith("on") || key.startsWith("hx-on")))
                .as(path + " event-handler attributes").isEmpty();
    }
}
