package dev.atende.channel.email.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class AdminMailboxesPageTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final JdbcTemplate jdbc;

    AdminMailboxesPageTests(MockMvc mvc, PagePeople people, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Test
    void anAdminAddsAMailboxAndLandsOnItsPageWithTheTestButton() throws Exception {
        var session = people.signIn(people.admin());
        String name = "Suporte " + suffix();
        String address = "suporte-" + suffix() + "@pages.test";

        var response = perform(session, form(post("/admin/mailboxes/new"), name, address, "password", "p4ss-word"));

        long id = jdbc.queryForObject("select id from mail_mailboxes where address = ?", Long.class, address);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/mailboxes/" + id);
        assertThat(jdbc.queryForObject("select password_enc from mail_mailboxes where id = ?", String.class, id))
                .startsWith("v1:").doesNotContain("p4ss");
        assertThat(jdbc.queryForObject("select port from mail_mailboxes where id = ?", Integer.class, id)).isEqualTo(993);
        Document page = page(session, "/admin/mailboxes/" + id);
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("button:contains(Test connection)")).hasSize(1);
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.html()).doesNotContain("p4ss-word");
        assertThat(page.select("#password-hint").text()).isEqualTo("Leave empty to keep the stored password.");
        assertNoInlineCode(page);
        Document list = page(session, "/admin/mailboxes");
        assertThat(list.select("td a").eachText()).contains(name);
        assertThat(page(session, "/admin").select("a[href=/admin/mailboxes]").text()).isEqualTo("Mailboxes");
        assertNoInlineCode(list);
    }

    @Test
    void savingWithAnEmptyPasswordKeepsTheStoredOne() throws Exception {
        var session = people.signIn(people.admin());
        String address = "keep-" + suffix() + "@pages.test";
        perform(session, form(post("/admin/mailboxes/new"), "Keep", address, "password", "first-one"));
        long id = jdbc.queryForObject("select id from mail_mailboxes where address = ?", Long.class, address);
        String sealed = jdbc.queryForObject("select password_enc from mail_mailboxes where id = ?", String.class, id);

        var response = perform(session, form(post("/admin/mailboxes/" + id), "Kept", address,
                "pollIntervalSeconds", "300"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/mailboxes");
        assertThat(jdbc.queryForObject("select password_enc from mail_mailboxes where id = ?", String.class, id))
                .isEqualTo(sealed);
        assertThat(jdbc.queryForObject("select poll_interval_seconds from mail_mailboxes where id = ?", Integer.class,
                id)).isEqualTo(300);
        assertThat(page(session, "/admin/mailboxes").select(".flash-success").text())
                .isEqualTo("The changes to the mailbox Kept were saved.");
    }

    @Test
    void refusedValuesAreShownNextToTheirFieldsInPortugueseAndKept() throws Exception {
        var session = people.signIn(people.admin());
        String address = "recusa-" + suffix() + "@pages.test";

        var response = perform(session, form(post("/admin/mailboxes/new"), "Recusada", address,
                "host", "servidor inválido", "pollIntervalSeconds", "5").header("Accept-Language", "pt-BR"));

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#host-error").text()).startsWith("Não é um nome de servidor");
        assertThat(page.select("#pollIntervalSeconds-error").text()).isEqualTo("Entre 10 e 86400 segundos.");
        assertThat(page.select("#password-error").text()).isNotBlank();
        assertThat(page.select("#host").val()).isEqualTo("servidor inválido");
        assertThat(page.select("label[for=host]").text()).isEqualTo("Servidor");
        assertThat(jdbc.queryForObject("select count(*) from mail_mailboxes where address = ?", Long.class, address))
                .isZero();
    }

    @Test
    void theTestButtonShowsWhichStepFailedInWords() throws Exception {
        var session = people.signIn(people.admin());
        String address = "dns-" + suffix() + "@pages.test";
        perform(session, form(post("/admin/mailboxes/new"), "DNS", address, "password", "x",
                "host", "mail.nonexistent.invalid"));
        long id = jdbc.queryForObject("select id from mail_mailboxes where address = ?", Long.class, address);

        var response = perform(session, post("/admin/mailboxes/" + id + "/test").with(csrf()));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        var result = page.select("#test-result .flash-error");
        assertThat(result.attr("data-stage")).isEqualTo("dns");
        assertThat(result.text()).contains("The connection failed at the step: name lookup (DNS).")
                .contains("mail.nonexistent.invalid could not be found");
        assertNoInlineCode(page);
    }

    @Test
    void anAdminRemovesAMailboxAndOthersMayNotSeeThePages() throws Exception {
        var admin = people.signIn(people.admin());
        String address = "gone-" + suffix() + "@pages.test";
        perform(admin, form(post("/admin/mailboxes/new"), "Gone", address, "password", "x", "active", null));
        long id = jdbc.queryForObject("select id from mail_mailboxes where address = ?", Long.class, address);
        var agent = people.signIn(people.create(Role.AGENT));

        assertThat(perform(agent, get("/admin/mailboxes")).getStatus()).isEqualTo(403);
        assertThat(perform(agent, post("/admin/mailboxes/" + id + "/delete").with(csrf())).getStatus()).isEqualTo(403);
        var removed = perform(admin, post("/admin/mailboxes/" + id + "/delete").with(csrf()));

        assertThat(removed.getRedirectedUrl()).isEqualTo("/admin/mailboxes");
        assertThat(jdbc.queryForObject("select count(*) from mail_mailboxes where id = ?", Long.class, id)).isZero();
        assertThat(perform(admin, get("/admin/mailboxes/" + id)).getStatus()).isEqualTo(404);
    }

    /** The form as a browser sends it, with these fields changed ({@code "field", "value", ...}). */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name,
            String address, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] defaults = {"name", name, "address", address, "protocol", "imap", "security", "tls",
                "host", "imap.pages.test", "port", "", "username", "suporte", "password", "", "folder", "INBOX",
                "group", "", "pollIntervalSeconds", "60", "active", "true", "smtpHost", "", "smtpPort", "",
                "smtpSecurity", "starttls", "smtpUsername", "", "smtpPassword", ""};
        for (int i = 0; i < defaults.length; i += 2) {
            fields.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        request.with(csrf());
        fields.forEach((field, value) -> {
            if (value != null) {
                request.param(field, value);
            }
        });
        return request;
    }

    private MockHttpServletResponse perform(MockHttpSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        var response = perform(session, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The CSP allows no inline scripts, styles or event handlers. */
    private static void assertNoInlineCode(Document page) {
        assertThat(page.select("script")).allSatisfy(s -> assertThat(s.data()).isBlank());
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey)).noneMatch(key -> key.startsWith("on") || key.startsWith("hx-on"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
