package dev.atende.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.Actor;
import dev.atende.identity.Actors;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import dev.atende.identity.SignupManagement;
import dev.atende.identity.TokenManagement;
import dev.atende.identity.UserManagement;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The profile's new parts, the API tokens page, the sign-up admin page and invitations, in the browser. */
@PageTest
class AccountPagesTests {

    private static final Actor SYSTEM = new Actor(0, "system", "system", Role.ADMIN, null, false, Set.of(), null);

    private final MockMvc mvc;
    private final PagePeople people;
    private final TokenManagement tokens;
    private final UserManagement users;
    private final SignupManagement signups;
    private final Actors actors;

    AccountPagesTests(MockMvc mvc, PagePeople people, TokenManagement tokens, UserManagement users,
            SignupManagement signups, Actors actors) {
        this.mvc = mvc;
        this.people = people;
        this.tokens = tokens;
        this.users = users;
        this.signups = signups;
        this.actors = actors;
    }

    @Test
    void aBogusTimeZoneIsRefusedNextToTheField() throws Exception {
        var user = people.create(Role.CUSTOMER);

        var response = mvc.perform(post("/profile").session(people.signIn(user)).with(csrf())
                .header("Accept-Language", "en").param("name", "Ana").param("locale", "en")
                .param("timeZone", "Mars/Olympus_Mons")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = parse(response);
        assertThat(page.select("#timeZone-error").text()).contains("Not a known time zone: Mars/Olympus_Mons");
        assertThat(page.select("#timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(people.reload(user).timeZone()).isNull();
    }

    @Test
    void timesOnThePagesAreShownInTheChosenZone() throws Exception {
        var user = people.create(Role.AGENT);
        var session = people.signIn(user);
        mvc.perform(post("/profile").session(session).with(csrf()).param("name", user.name()).param("locale", "en")
                .param("timeZone", "Asia/Tokyo"));
        var token = tokens.issue(actors.load(user.id()).orElseThrow(), "clock check", null);

        Document page = page("/profile/tokens", session, "en");

        String tokyo = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(token.createdAt().atZone(ZoneId.of("Asia/Tokyo")));
        assertThat(people.reload(user).timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(page.select("td time").eachText()).contains(tokyo);
        assertThat(page("/profile", session, "en").select("#timeZone option[selected]").val()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void agentsChooseTheirNoticesAndCustomersSeeNoneToChoose() throws Exception {
        var agent = people.create(Role.AGENT);
        var session = people.signIn(agent);
        Document profile = page("/profile", session, "pt-BR");
        assertThat(profile.select("input[name=notices]")).hasSize(AgentNotice.values().length)
                .allMatch(box -> box.hasAttr("checked"));
        assertThat(profile.select("a[href=/agent/availability]")).isNotEmpty();

        var saved = mvc.perform(post("/profile/notifications").session(session).with(csrf())
                .param("notices", "newTicket", "customerReply", "mention", "sla")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        var reloaded = people.reload(agent);
        assertThat(reloaded.wantsNotice(AgentNotice.ASSIGNED)).isFalse();
        assertThat(reloaded.wantsNotice(AgentNotice.NEW_TICKET)).isTrue();
        assertThat(page("/profile", session, "en").select("#notice-assigned").hasAttr("checked")).isFalse();
        var customer = page("/profile", people.signIn(people.create(Role.CUSTOMER)), "en");
        assertThat(customer.select("input[name=notices]")).isEmpty();
        assertThat(customer.select("a[href=/agent/availability]")).isEmpty();
    }

    @Test
    void aNewTokenIsShownOnceWorksAndCanBeRevoked() throws Exception {
        var user = people.create(Role.AGENT);
        var session = people.signIn(user);

        var created = mvc.perform(post("/profile/tokens").session(session).with(csrf()).header("Accept-Language", "en")
                .param("name", "<b>deploy</b>").param("expires", "2999-12-31")).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        Document page = parse(created);
        String token = page.select("#new-token").val();
        assertThat(token).startsWith("atd_");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.select("tbody td").first().text()).isEqualTo("<b>deploy</b>");
        assertThat(mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        Document later = page("/profile/tokens", session, "en");
        assertThat(later.select("#new-token")).isEmpty();
        assertThat(later.html()).doesNotContain(token);

        String revokeAction = later.select("tbody form").attr("action");
        var revoked = mvc.perform(post(revokeAction).session(session).with(csrf())).andReturn().getResponse();

        assertThat(revoked.getRedirectedUrl()).isEqualTo("/profile/tokens");
        assertThat(page("/profile/tokens", session, "en").select("tbody tr")).isEmpty();
        assertThat(mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void tokenFormRefusesBadInputAndForgedPosts() throws Exception {
        var session = people.signIn(people.create(Role.CUSTOMER));

        var blank = mvc.perform(post("/profile/tokens").session(session).with(csrf()).header("Accept-Language", "en")
                .param("name", " ").param("expires", "")).andReturn().getResponse();
        var past = mvc.perform(post("/profile/tokens").session(session).with(csrf()).header("Accept-Language", "en")
                .param("name", "old").param("expires", "2001-01-01")).andReturn().getResponse();
        var notADate = mvc.perform(post("/profile/tokens").session(session).with(csrf())
                .param("name", "x").param("expires", "tomorrow")).andReturn().getResponse();
        var tooLong = mvc.perform(post("/profile/tokens").session(session).with(csrf())
                .param("name", "n".repeat(101))).andReturn().getResponse();
        var forged = mvc.perform(post("/profile/tokens").session(session).param("name", "csrf")).andReturn()
                .getResponse();
        var othersToken = mvc.perform(post("/profile/tokens/987654321/revoke").session(session).with(csrf()))
                .andReturn().getResponse();

        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(parse(blank).select("#name-error").text()).isNotBlank();
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(parse(past).select("#expiresAt-error").text()).contains("future");
        assertThat(notADate.getStatus()).isEqualTo(422);
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(othersToken.getStatus()).isEqualTo(404);
    }

    @Test
    void adminsChooseTheSignUpModeOnAPage() throws Exception {
        var session = people.signIn(people.admin());
        Document page = page("/admin/signup", session, "pt-BR");
        assertThat(page.select("input[type=radio][name=mode]")).hasSize(3);
        assertThat(page.select("label[for=domains]").text()).isEqualTo("Domínios permitidos");

        var refused = mvc.perform(post("/admin/signup").session(session).with(csrf()).header("Accept-Language", "en")
                .param("mode", "domains").param("domains", "")).andReturn().getResponse();
        var saved = mvc.perform(post("/admin/signup").session(session).with(csrf())
                .param("mode", "domains").param("domains", "acme.test\nexemplo.com.br")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(parse(refused).select("#domains-error").text()).contains("at least one domain");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/signup");
        assertThat(signups.rules().domains()).containsExactly("acme.test", "exemplo.com.br");
        assertThat(page("/admin", session, "en").select("a[href=/admin/signup]")).hasSize(1);
        var customer = mvc.perform(get("/admin/signup").session(people.signIn(people.create(Role.CUSTOMER))))
                .andReturn().getResponse();
        assertThat(customer.getStatus()).isEqualTo(403);
        signups.change(SYSTEM, "invite_only", null);
    }

    @Test
    void anAdminInvitesSomeoneFromTheirPage() throws Exception {
        var customer = users.create(SYSTEM, new dev.atende.identity.NewUser(PagePeople.uniqueEmail("nopw"),
                "Sem Senha", "customer", null, null, List.of(), null));
        var session = people.signIn(people.admin());
        Document page = page("/admin/users/" + customer.id(), session, "en");
        assertThat(page.select("#invite-heading + p").text()).contains("no password yet");

        var sent = mvc.perform(post("/admin/users/" + customer.id() + "/invite").session(session).with(csrf()))
                .andReturn().getResponse();

        assertThat(sent.getRedirectedUrl()).isEqualTo("/admin/users/" + customer.id());
        assertThat(page("/admin/users/" + customer.id(), session, "en").select(".flash-success").text())
                .contains(customer.email());
    }

    @Test
    void theNewPagesHaveLabelsAndNoInlineCode() throws Exception {
        signups.change(SYSTEM, "open", null);
        try {
            for (String path : List.of("/signup", "/password/forgot", "/account/sent?reset", "/login")) {
                var response = mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                check(path, parse(response));
            }
            var admin = people.signIn(people.admin());
            for (String path : List.of("/profile", "/profile/tokens", "/admin/signup")) {
                check(path, page(path, admin, "pt-BR"));
            }
        } finally {
            signups.change(SYSTEM, "invite_only", null);
        }
    }

    /** Every field has a label, and nothing the CSP would refuse. */
    private static void check(String path, Document page) {
        for (var input : page.select("main input:not([type=hidden]):not([hidden]), main select, main textarea")) {
            boolean labelled = !input.id().isEmpty() && !page.select("label[for=" + input.id() + "]").isEmpty()
                    || input.parent() != null && input.parent().tagName().equals("label");
            assertThat(labelled).as(path + " " + input.outerHtml()).isTrue();
        }
        assertThat(page.select("script")).as(path).allSatisfy(s -> {
            assertThat(s.hasAttr("src")).isTrue();
            assertThat(s.data()).isBlank();
        });
        assertThat(page.select("style, [style]")).as(path).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey).filter(k -> k.startsWith("on"))).as(path).isEmpty();
        assertThat(page.select("meta[name=viewport]")).as(path).hasSize(1);
    }

    private Document page(String path, MockHttpSession session, String language) throws Exception {
        var response = mvc.perform(get(path).session(session).header("Accept-Language", language)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return parse(response);
    }

    private static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
