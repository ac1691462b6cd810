package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Directory;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import dev.atende.identity.Users;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class AdminUsersPageTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final Users users;
    private final Directory directory;

    AdminUsersPageTests(MockMvc mvc, PagePeople people, Users users, Directory directory) {
        this.mvc = mvc;
        this.people = people;
        this.users = users;
        this.directory = directory;
    }

    @Test
    void customersAndAgentsMayNotOpenTheAdminArea() throws Exception {
        for (Role role : new Role[] {Role.CUSTOMER, Role.AGENT}) {
            var session = people.signIn(people.create(role));
            for (String path : new String[] {"/admin", "/admin/users", "/admin/groups/new"}) {
                assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus())
                        .as(role + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void adminCreatesAnAgentInAGroupThroughTheForm() throws Exception {
        var session = people.signIn(people.admin());
        long l1 = groupId("L1");
        String email = PagePeople.uniqueEmail("bia");

        var response = mvc.perform(post("/admin/users/new").session(session).with(csrf())
                .param("email", email).param("name", "Bia Souza").param("role", "agent").param("organization", "")
                .param("groups", Long.toString(l1)).param("locale", "pt-BR").param("password", "bia-secret-1"))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
        var created = users.findByEmail(email).orElseThrow();
        assertThat(created.name()).isEqualTo("Bia Souza");
        assertThat(created.role()).isEqualTo(Role.AGENT);
        assertThat(created.locale()).isEqualTo("pt-BR");
        assertThat(directory.assignableMembers(l1)).anyMatch(member -> member.email().equals(email));
        Document list = page(session, "/admin/users?role=agent&q=" + email, "en");
        assertThat(list.select(".flash-success").text()).isEqualTo("Bia Souza was added.");
        assertThat(list.select("table tbody tr")).hasSize(1);
    }

    @Test
    void adminEditsAPersonAndDeactivatesThem() throws Exception {
        var session = people.signIn(people.admin());
        var customer = people.create(Role.CUSTOMER);
        Document form = page(session, "/admin/users/" + customer.id(), "en");
        assertThat(form.select("#email").val()).isEqualTo(customer.email());

        var response = mvc.perform(post("/admin/users/" + customer.id()).session(session).with(csrf())
                .param("email", customer.email()).param("name", "Renamed Customer").param("role", "customer")
                .param("organization", "").param("locale", "").param("password", ""))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
        var saved = people.reload(customer);
        assertThat(saved.name()).isEqualTo("Renamed Customer");
        assertThat(saved.isActive()).isFalse();
        assertThat(saved.passwordHash()).isEqualTo(customer.passwordHash());
    }

    @Test
    void aRefusedFormShowsEachMessageNextToItsFieldInPortugueseAndKeepsTheValues() throws Exception {
        var session = people.signIn(people.admin());
        var existing = people.create(Role.AGENT);

        var response = mvc.perform(post("/admin/users/new").session(session).with(csrf())
                .header("Accept-Language", "pt-BR")
                .param("email", existing.email()).param("name", "Outra Pessoa").param("role", "customer")
                .param("groups", Long.toString(groupId("L2"))).param("password", "curta"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#email-error").text()).isEqualTo("Este endereço de e-mail já está em uso.");
        assertThat(page.select("#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.select("#password-error").text()).isEqualTo("A senha deve ter pelo menos 8 caracteres.");
        assertThat(page.select("#groups-error").text()).isNotBlank();
        assertThat(page.select("label[for=email]").text()).isEqualTo("E-mail");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Senha");
        assertThat(page.select("#name").val()).isEqualTo("Outra Pessoa");
        assertThat(page.select("#role option[selected]").val()).isEqualTo("customer");
        assertThat(page.select("#password").val()).isEmpty();
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() throws Exception {
        var session = people.signIn(people.admin());
        String email = PagePeople.uniqueEmail("forged");

        var response = mvc.perform(post("/admin/users/new").session(session).param("email", email)
                .param("role", "admin").param("password", "forged-secret-1")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void listFindsPeopleByNameOrEmailAndRole() throws Exception {
        var session = people.signIn(people.admin());
        var agent = people.create(Role.AGENT);

        Document asAgent = page(session, "/admin/users?role=agent&q=" + agent.email(), "en");
        Document asCustomer = page(session, "/admin/users?role=customer&q=" + agent.email(), "en");

        assertThat(asAgent.select("table tbody tr td a").text()).isEqualTo(agent.name());
        assertThat(asCustomer.select("table")).isEmpty();
        assertThat(asCustomer.select(".empty").text()).isEqualTo("Nobody matches these filters.");
    }

    private long groupId(String name) {
        return directory.allGroups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Document page(MockHttpSession session, String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).header("Accept-Language", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
