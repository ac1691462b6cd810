package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Organizations;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class AdminOrganizationsPageTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final Organizations organizations;

    AdminOrganizationsPageTests(MockMvc mvc, PagePeople people, Organizations organizations) {
        this.mvc = mvc;
        this.people = people;
        this.organizations = organizations;
    }

    @Test
    void adminCreatesAnOrganizationWithDomainsOnePerLineOrSeparatedByCommas() throws Exception {
        var session = people.signIn(people.admin());
        String tag = UUID.randomUUID().toString().substring(0, 8);

        var response = mvc.perform(post("/admin/organizations/new").session(session).with(csrf())
                .param("name", "ACME " + tag).param("domains", "acme-" + tag + ".com.br, acme-" + tag + ".com\nsub.acme-"
                        + tag + ".com").param("shared", "true")).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/organizations");
        var created = organizations.findByNameIgnoreCase("ACME " + tag).orElseThrow();
        assertThat(created.domains()).containsExactlyInAnyOrder("acme-" + tag + ".com.br", "acme-" + tag + ".com",
                "sub.acme-" + tag + ".com");
        assertThat(created.isShared()).isTrue();
        String list = mvc.perform(get("/admin/organizations").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select(".flash-success").text()).isEqualTo("ACME " + tag + " was added.");
    }

    @Test
    void adminEditsAnOrganization() throws Exception {
        var session = people.signIn(people.admin());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/organizations/new").session(session).with(csrf()).param("name", "Old " + tag)
                .param("domains", ""));
        long id = organizations.findByNameIgnoreCase("Old " + tag).orElseThrow().id();

        var response = mvc.perform(post("/admin/organizations/" + id).session(session).with(csrf())
                .param("name", "New " + tag).param("domains", "new-" + tag + ".org")).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/organizations");
        var saved = organizations.findById(id).orElseThrow();
        assertThat(saved.name()).isEqualTo("New " + tag);
        assertThat(saved.domains()).containsExactly("new-" + tag + ".org");
        assertThat(saved.isShared()).isFalse();
    }

    @Test
    void anInvalidDomainIsShownNextToTheDomainsInPortuguese() throws Exception {
        var session = people.signIn(people.admin());

        var response = mvc.perform(post("/admin/organizations/new").session(session).with(csrf())
                .header("Accept-Language", "pt-BR").param("name", "Domínio Ruim")
                .param("domains", "bom.com.br\nnao_e_dominio")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#domains-error").text()).isEqualTo("Nome de domínio inválido: nao_e_dominio.");
        assertThat(page.select("#domains").text()).contains("bom.com.br", "nao_e_dominio");
        assertThat(page.select("#name").val()).isEqualTo("Domínio Ruim");
        assertThat(page.select("label[for=domains]").text()).isEqualTo("Domínios de e-mail");
    }
}
