package dev.atende.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Actor;
import dev.atende.identity.Actors;
import dev.atende.identity.Groups;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.routing.AvailabilityManagement;
import dev.atende.routing.AvailabilityStatus;
import dev.atende.routing.CategoryRouting;
import dev.atende.routing.SkillManagement;
import dev.atende.ticket.NewTicket;
import dev.atende.ticket.TicketManagement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class RoutingPagesTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final Groups groups;
    private final Actors actors;
    private final TicketManagement tickets;
    private final CategoryRouting categories;
    private final SkillManagement skills;
    private final AvailabilityManagement availability;

    RoutingPagesTests(MockMvc mvc, PagePeople people, Groups groups, Actors actors, TicketManagement tickets,
            CategoryRouting categories, SkillManagement skills, AvailabilityManagement availability) {
        this.mvc = mvc;
        this.people = people;
        this.groups = groups;
        this.actors = actors;
        this.tickets = tickets;
        this.categories = categories;
        this.skills = skills;
        this.availability = availability;
    }

    @Test
    void adminBuildsTheCategoryTreeWithGroupAndSkills() throws Exception {
        var session = people.signIn(people.admin());
        Actor admin = actor(people.admin());
        String root = unique("Acesso");
        var skill = skills.create(admin, unique("ldap"));
        perform(post("/admin/routing/categories/new").param("name", root).param("complexity", "1"), session);
        long parent = categories.list(admin).stream().filter(c -> c.path().equals(root)).findFirst().orElseThrow()
                .category().id();

        var response = perform(post("/admin/routing/categories/new").param("name", "Senha")
                .param("parent", Long.toString(parent)).param("group", Long.toString(groupId("L2")))
                .param("complexity", "2").param("requiredSkills", Long.toString(skill.id())), session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/routing");
        var child = categories.list(admin).stream().filter(c -> c.path().equals(root + " > Senha")).findFirst()
                .orElseThrow();
        assertThat(child.category().defaultGroupId()).isEqualTo(groupId("L2"));
        assertThat(child.category().complexity()).isEqualTo(2);
        assertThat(child.requiredSkills()).containsExactly(skill.id());
        Document overview = lastPage;
        assertThat(overview.select(".flash-success").text()).contains(root + " > Senha");
        assertThat(overview.select("#categories td a").eachText()).contains(root, root + " > Senha");
    }

    @Test
    void aCycleIsRefusedNextToTheParentFieldInPortuguese() throws Exception {
        var session = people.signIn(people.admin());
        Actor admin = actor(people.admin());
        String root = unique("Hardware");
        perform(post("/admin/routing/categories/new").param("name", root), session);
        long a = categories.list(admin).stream().filter(c -> c.path().equals(root)).findFirst().orElseThrow()
                .category().id();
        perform(post("/admin/routing/categories/new").param("name", "Impressora").param("parent", Long.toString(a)),
                session);
        long b = categories.list(admin).stream().filter(c -> c.path().equals(root + " > Impressora")).findFirst()
                .orElseThrow().category().id();

        var response = perform(post("/admin/routing/categories/" + a).header("Accept-Language", "pt-BR")
                .param("name", root).param("parent", Long.toString(b)).param("complexity", "1"), session);

        assertThat(response.getStatus()).isEqualTo(422);
        Document form = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#parent-error").text()).contains("subcategorias");
    }

    @Test
    void deletingACategoryWithChildrenExplainsWhyNot() throws Exception {
        var session = people.signIn(people.admin());
        Actor admin = actor(people.admin());
        String root = unique("Rede");
        perform(post("/admin/routing/categories/new").param("name", root), session);
        long a = categories.list(admin).stream().filter(c -> c.path().equals(root)).findFirst().orElseThrow()
                .category().id();
        perform(post("/admin/routing/categories/new").param("name", "Wi-Fi").param("parent", Long.toString(a)),
                session);

        var response = perform(post("/admin/routing/categories/" + a + "/delete"), session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/routing");
        assertThat(lastPage.select(".flash-error").text()).contains("sub-categories");
    }

    @Test
    void adminAddsSkillsAndGivesAnAgentLevels() throws Exception {
        var session = people.signIn(people.admin());
        String name = unique("sap");
        perform(post("/admin/routing/skills").param("name", name), session);
        var skill = skills.list(actor(people.admin())).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        User agent = people.create(Role.AGENT, groupId("L1"));

        assertThat(page(get("/admin/routing/agents/" + agent.id()), session).select("#level-" + skill.id())).hasSize(1);
        var response = perform(post("/admin/routing/agents/" + agent.id()).param("level-" + skill.id(), "4"), session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/routing#agents");
        assertThat(skills.agentSkills(actor(people.admin()), agent.id())).singleElement()
                .satisfies(s -> assertThat(s.level()).isEqualTo(4));
        var refused = perform(post("/admin/routing/agents/" + agent.id()).param("level-" + skill.id(), "9"), session);
        assertThat(refused.getStatus()).isEqualTo(422);
        perform(post("/admin/routing/skills").param("name", "<b>"), session);
        assertThat(lastPage.select(".flash-error").text()).isNotBlank();
    }

    @Test
    void agentsCannotOpenTheRoutingAdmin() throws Exception {
        var session = people.signIn(people.create(Role.AGENT, groupId("L1")));
        assertThat(mvc.perform(get("/admin/routing").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anAgentGoesOutOfOfficeUntilADate() throws Exception {
        User agent = people.create(Role.AGENT, groupId("L1"));
        var session = people.signIn(agent);
        Document page = page(get("/agent/availability"), session);
        assertThat(page.select("#status option[selected]").attr("value")).isEqualTo("online");

        var response = perform(post("/agent/availability").param("status", "offline").param("until", "2099-01-01T08:00"),
                session);
        assertThat(response.getStatus()).isEqualTo(422); // more than a year ahead

        String soon = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(5).withNano(0).withSecond(0)
                .toString();
        response = perform(post("/agent/availability").param("status", "offline").param("until", soon), session);
        assertThat(response.getRedirectedUrl()).isEqualTo("/agent/availability");
        var now = availability.get(actor(agent), agent.id());
        assertThat(now.status()).isEqualTo(AvailabilityStatus.OFFLINE);
        assertThat(now.until()).isNotNull();
        assertThat(page(get("/agent"), session).select("a[href='/agent/availability']")).hasSize(1);
    }

    @Test
    void anAgentEscalatesFromTheTicketPageAndTheReasonShowsInTheTimeline() throws Exception {
        User agent = people.create(Role.AGENT, groupId("L1"), groupId("L2"));
        var session = people.signIn(agent);
        long id = tickets.create(actor(agent), new NewTicket("Printer on fire", "Help", null, null, null, null,
                groupId("L1"), null, List.of(), "web", List.of())).id();

        Document ticketPage = page(get("/agent/tickets/" + id), session);
        assertThat(ticketPage.select("form.escalation-form input[name=reason]")).hasSize(1);

        var refused = perform(post("/agent/tickets/" + id + "/escalation").param("direction", "up").param("reason", " "),
                session);
        assertThat(refused.getRedirectedUrl()).isEqualTo("/agent/tickets/" + id);
        assertThat(lastPage.select(".flash-error").text()).isNotBlank();

        var done = perform(post("/agent/tickets/" + id + "/escalation").param("direction", "up")
                .param("reason", "Needs the network team"), session);
        assertThat(done.getRedirectedUrl()).isEqualTo("/agent/tickets/" + id);
        Document after = lastPage;
        assertThat(after.select(".flash-success").text()).contains("L2");
        assertThat(after.select(".timeline-change .change-note").text()).contains("Needs the network team");
        assertThat(after.select(".timeline-change").text()).contains("Escalation").contains("L1").contains("L2");
    }

    @Test
    void adminSetsAGroupsRoutingOnItsForm() throws Exception {
        var session = people.signIn(people.admin());
        String name = unique("Suporte");
        perform(post("/admin/groups/new").param("name", name).param("level", "1").param("escalatesTo", ""), session);
        long id = groups.findByNameIgnoreCase(name).orElseThrow().id();
        assertThat(page(get("/admin/groups/" + id), session).select("#assignment option")).hasSize(4);

        perform(post("/admin/groups/" + id).param("name", name).param("level", "1").param("escalatesTo", "")
                .param("assignment", "round_robin").param("maxOpenPerAgent", "3").param("seesLowerLevels", "true"),
                session);

        var group = groups.findById(id).orElseThrow();
        assertThat(group.assignment().code()).isEqualTo("round_robin");
        assertThat(group.maxOpenPerAgent()).isEqualTo(3);
        assertThat(group.seesLowerLevels()).isTrue();
    }

    /** Submits a form; like a browser, follows the redirect, so the flash message is shown then (and kept in {@link #lastPage}). */
    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        var response = mvc.perform(request.session(session).with(csrf())).andReturn().getResponse();
        lastPage = response.getRedirectedUrl() == null ? null
                : page(get(response.getRedirectedUrl().replaceFirst("#.*", "")), session);
        return response;
    }

    private Document lastPage;

    private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private Actor actor(User user) {
        return actors.load(user.id()).orElseThrow();
    }

    private long groupId(String name) {
        return groups.findByNameIgnoreCase(name).orElseThrow().id();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
