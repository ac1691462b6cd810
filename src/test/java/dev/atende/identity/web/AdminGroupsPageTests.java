package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Directory;
import dev.atende.identity.Groups;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class AdminGroupsPageTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final Groups groups;
    private final Directory directory;

    AdminGroupsPageTests(MockMvc mvc, PagePeople people, Groups groups, Directory directory) {
        this.mvc = mvc;
        this.people = people;
        this.groups = groups;
        this.directory = directory;
    }

    @Test
    void adminCreatesAGroupThatEscalatesToAHigherLevel() throws Exception {
        var session = people.signIn(people.admin());
        String name = "Infra " + UUID.randomUUID().toString().substring(0, 8);
        long l3 = groupId("L3");

        var response = mvc.perform(post("/admin/groups/new").session(session).with(csrf()).param("name", name)
                .param("level", "2").param("escalatesTo", Long.toString(l3))).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/groups");
        var created = groups.findByNameIgnoreCase(name).orElseThrow();
        assertThat(created.level()).isEqualTo(2);
        assertThat(created.escalatesToId()).isEqualTo(l3);
        Document list = Jsoup.parse(mvc.perform(get("/admin/groups").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select(".flash-success").text()).isEqualTo("The group " + name + " was added.");
    }

    @Test
    void adminRenamesAGroup() throws Exception {
        var session = people.signIn(people.admin());
        String name = "Team field " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/groups/new").session(session).with(csrf()).param("name", name).param("level", "1")
                .param("escalatesTo", ""));
        long id = groups.findByNameIgnoreCase(name).orElseThrow().id();

        var response = mvc.perform(post("/admin/groups/" + id).session(session).with(csrf())
                .param("name", name + " North").param("level", "1").param("escalatesTo", Long.toString(groupId("L2"))))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/groups");
        assertThat(groups.findById(id).orElseThrow().name()).isEqualTo(name + " North");
        assertThat(groups.findById(id).orElseThrow().escalatesToId()).isEqualTo(groupId("L2"));
    }

    @Test
    void escalatingDownIsRefusedNextToTheFieldInPortuguese() throws Exception {
        var session = people.signIn(people.admin());
        String name = "Baixo " + UUID.randomUUID().toString().substring(0, 8);

        var response = mvc.perform(post("/admin/groups/new").session(session).with(csrf())
                .header("Accept-Language", "pt-BR").param("name", name).param("level", "3")
                .param("escalatesTo", Long.toString(groupId("L1")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#escalatesTo-error").text()).isNotBlank().doesNotStartWith("error.");
        assertThat(page.select("label[for=escalatesTo]").text()).isEqualTo("Escala para");
        assertThat(page.select("#level").val()).isEqualTo("3");
        assertThat(groups.findByNameIgnoreCase(name)).isEmpty();
    }

    private long groupId(String name) {
        return directory.allGroups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }
}
