package dev.atende.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Actor;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.knowledge.ArticleDraft;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The help center for visitors in both languages, and the team's editor and ticket tools. */
@PageTest
class HelpCenterPagesTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final KbArticleManagement articles;

    HelpCenterPagesTests(MockMvc mvc, PagePeople people, KbArticleManagement articles) {
        this.mvc = mvc;
        this.people = people;
        this.articles = articles;
    }

    private Actor writer() {
        User agent = people.create(Role.AGENT);
        return new Actor(agent.id(), agent.email(), agent.name(), Role.AGENT, null, false, Set.of(), null);
    }

    private KbArticle article(Actor writer, String title, String locale, KbVisibility visibility, KbStatus status) {
        return articles.create(writer, ArticleDraft.of(title, "<p>Corpo de " + title + "</p>", null, List.of(),
                visibility, status, locale));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void visitorsReadTheHelpCenterInEitherLanguageWithoutSigningIn() throws Exception {
        Actor writer = writer();
        String word = UUID.randomUUID().toString().substring(0, 8);
        KbArticle pt = article(writer, "Instalar a impressora " + word, "pt-BR", KbVisibility.PUBLIC, KbStatus.PUBLISHED);

        var portuguese = send(get("/help").param("lang", "pt-BR"));
        assertThat(portuguese.getStatus()).isEqualTo(200);
        assertThat(page(portuguese).select("html").attr("lang")).isEqualTo("pt-BR");
        assertThat(page(portuguese).select("h1").text()).isEqualTo("Como podemos ajudar?");
        assertThat(page(portuguese).text()).contains("Instalar a impressora " + word);

        var english = send(get("/help").param("lang", "en"));
        assertThat(page(english).select("h1").text()).isEqualTo("How can we help?");
        assertThat(page(english).text()).doesNotContain("Instalar a impressora " + word);
        assertThat(page(send(get("/help").header("Accept-Language", "pt-BR"))).select("h1").text())
                .isEqualTo("Como podemos ajudar?");

        var article = send(get(pt.helpPath()).header("Accept-Language", "en"));
        assertThat(article.getStatus()).isEqualTo(200);
        Document shown = page(article);
        assertThat(shown.select("html").attr("lang")).as("an article speaks its own language").isEqualTo("pt-BR");
        assertThat(shown.select("h1").text()).isEqualTo(pt.title());
        assertThat(shown.select("meta[name=viewport]")).isNotEmpty();
        assertThat(shown.select("script:not([src])")).as("no inline script").isEmpty();

        var moved = send(get("/help/articles/" + pt.id() + "-old-title"));
        assertThat(moved.getStatus()).isEqualTo(301);
        assertThat(moved.getHeader("Location")).endsWith(pt.helpPath());
        assertThat(send(get("/help/articles/" + pt.id())).getStatus()).isEqualTo(301);
        assertThat(send(get("/help/articles/abc")).getStatus()).isEqualTo(404);
        assertThat(send(get("/help/articles/99999999999999999999")).getStatus()).isEqualTo(404);

        var found = page(send(get("/help/search").param("q", "impressora " + word).param("lang", "en")));
        assertThat(found.select(".help-results a").text()).contains(word); // falls back to all languages
    }

    @Test
    void internalArticlesAreNotFoundInTheHelpCenterByCustomers() throws Exception {
        Actor writer = writer();
        KbArticle internal = article(writer, "Interno " + UUID.randomUUID(), "pt-BR", KbVisibility.INTERNAL,
                KbStatus.PUBLISHED);
        assertThat(send(get(internal.helpPath())).getStatus()).isEqualTo(404);
        var customer = people.signIn(people.create(Role.CUSTOMER));
        assertThat(send(get(internal.helpPath()).session(customer)).getStatus()).isEqualTo(404);
        var agent = people.signIn(people.create(Role.AGENT));
        assertThat(send(get(internal.helpPath()).session(agent)).getStatus()).isEqualTo(200);
        assertThat(page(send(get("/help/sitemap.xml"))).text()).doesNotContain(internal.helpPath());
    }

    @Test
    void visitorsVoteOncePerArticleAndSignedInReadersComment() throws Exception {
        KbArticle article = article(writer(), "Votar " + UUID.randomUUID(), "en", KbVisibility.PUBLIC, KbStatus.PUBLISHED);
        var first = send(post("/help/articles/" + article.id() + "/votes").param("helpful", "no").with(csrf()));
        assertThat(first.getStatus()).isEqualTo(302);
        var cookie = first.getCookie(HelpCenterPages.VOTER_COOKIE);
        assertThat(cookie).isNotNull();
        send(post("/help/articles/" + article.id() + "/votes").param("helpful", "yes").cookie(cookie).with(csrf()));
        assertThat(page(send(get(article.helpPath()))).select("#feedback").text()).contains("1 of 1");

        var anonymousComment = send(post("/help/articles/" + article.id() + "/comments").param("body", "hi").with(csrf()));
        assertThat(anonymousComment.getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void theEditorSanitizesPreviewsAndPublishes() throws Exception {
        var agent = people.signIn(people.create(Role.AGENT));
        var preview = send(post("/agent/kb/new").session(agent).with(csrf()).param("title", "Prévia")
                .param("body", "<p>Oi</p><script>alert(1)</script>").param("locale", "pt-BR")
                .param("visibility", "public").param("action", "preview"));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(page(preview).select(".kb-preview .help-body").html()).contains("Oi").doesNotContain("script");

        var created = send(post("/agent/kb/new").session(agent).with(csrf()).param("title", "Publicado pelo editor")
                .param("body", "<p>Oi</p>").param("locale", "pt-BR").param("visibility", "public")
                .param("action", "publish"));
        assertThat(created.getRedirectedUrl()).startsWith("/agent/kb/articles/");
        long id = Long.parseLong(created.getRedirectedUrl().substring("/agent/kb/articles/".length()));
        assertThat(send(get("/help/articles/" + id + "-publicado-pelo-editor")).getStatus()).isEqualTo(200);

        var refused = send(post("/agent/kb/new").session(agent).with(csrf()).param("title", "")
                .param("body", "").param("locale", "pt-BR").param("action", "draft"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(page(refused).select("#title-error").text()).isNotBlank();

        var customer = people.signIn(people.create(Role.CUSTOMER));
        assertThat(send(get("/agent/kb").session(customer)).getStatus()).isEqualTo(403);
        assertThat(send(get("/agent/kb").session(agent)).getStatus()).isEqualTo(200);
        assertThat(send(get("/agent/kb/insights").session(agent)).getStatus()).isEqualTo(200);
        assertThat(send(get("/agent/kb/articles/" + id + "/versions").session(agent)).getStatus()).isEqualTo(200);
    }

    @Test
    void thePortalFormCarriesADraftKeyAndTheSuggestionScript() throws Exception {
        var customer = people.signIn(people.create(Role.CUSTOMER));
        Document form = page(send(get("/portal/new").session(customer)));
        assertThat(form.select("form input[name=kbDraft]").attr("value")).matches("[0-9a-f-]{36}");
        assertThat(form.select("script[src*=kb-suggest]")).isNotEmpty();
    }
}
