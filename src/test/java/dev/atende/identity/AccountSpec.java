package dev.atende.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestMail;
import dev.atende.support.Unique;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts people manage by mail, end to end over HTTP with the mail read from a real SMTP
 * server: sign-up in each mode, confirming, forgetting a password, invitations, and what a
 * stranger can learn from any of it (nothing).
 */
abstract class AccountSpec extends ApiSpec {

    @LocalServerPort
    private int port;

    private Visitor visitor(String language) {
        return new Visitor(port, language);
    }

    private void signupMode(String mode, String... domains) {
        api.as(people.admin()).put("/api/v1/settings/signup", Api.json("mode", mode, "domains", List.of(domains)))
                .expect(200);
    }

    private static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> signUp(Visitor visitor, String email, String name) {
        visitor.get("/signup");
        return visitor.post("/signup", "email", email, "name", name);
    }

    private HttpResponse<String> forgot(Visitor visitor, String email) {
        visitor.get("/password/forgot");
        return visitor.post("/password/forgot", "email", email);
    }

    /** Opens the mailed link and chooses the password there. */
    private HttpResponse<String> choosePassword(Visitor visitor, AccountMail mail, String password) {
        var form = visitor.get(mail.path());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        return visitor.post("/account/password", "token", mail.token(), "password", password,
                "confirmPassword", password);
    }

    @Test
    void openSignUpMailsALinkThatConfirmsTheAddressAndSetsThePasswordOnce() {
        signupMode("open");
        String email = Unique.email("bia");
        var visitor = visitor("pt-BR");

        var sent = signUp(visitor, email, "Bia Souza");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/account/sent?signup");
        assertThat(html(visitor.get("/account/sent?signup")).select("main h1").text()).isEqualTo("Confira o seu e-mail");
        AccountMail mail = AccountMail.latest(email, 1);
        assertThat(mail.subject()).isEqualTo("Confirme o seu endereço");
        assertThat(mail.text()).contains("Olá Bia Souza");
        api.basic(email, "any-password-1").get("/api/v1/users/me").expectProblem(401); // nothing to sign in to yet

        var chosen = choosePassword(visitor, mail, "novo-segredo-7");

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/login?passwordSet");
        var me = api.basic(email, "novo-segredo-7").get("/api/v1/users/me").expect(200).json();
        assertThat(me.path("role").asString()).isEqualTo("customer");
        assertThat(me.path("name").asString()).isEqualTo("Bia Souza");
        var again = visitor.get(mail.path());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(html(again).select("[role=alert]").text()).contains("já foi usado");
    }

    @Test
    void domainRestrictedSignUpTakesOnlyTheListedDomains() {
        String allowed = Unique.domain("cliente");
        signupMode("domains", allowed);
        var visitor = visitor("en");

        var refused = signUp(visitor, Unique.name("ana") + "@other-" + allowed, "Ana");
        var accepted = signUp(visitor, Unique.name("ana") + "@" + allowed, "Ana");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(html(refused).select("#email-error").text())
                .contains("Sign-up is only open to addresses of certain companies").contains("other-" + allowed);
        assertThat(accepted.statusCode()).isEqualTo(302);
    }

    @Test
    void inviteOnlyHasNoSignUpPageNorLink() {
        signupMode("invite_only");
        var visitor = visitor("en");

        var page = visitor.get("/signup");
        visitor.get("/login");
        var post = visitor.post("/signup", "email", Unique.email("eve"), "name", "Eve");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(html(page).select("main").text()).contains("Sign-up is not open here");
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(html(visitor.get("/login")).select("a[href=/signup]")).isEmpty();
        assertThat(html(visitor.get("/login")).select("a[href=/password/forgot]")).hasSize(1);
        signupMode("open");
        assertThat(html(visitor.get("/login")).select("a[href=/signup]")).hasSize(1);
    }

    @Test
    void signingUpWithAKnownAddressLooksTheSameButMailsASetPasswordLink() {
        signupMode("open");
        var known = people.customer();
        String unknown = Unique.email("new");
        var visitor = visitor("en");

        var forKnown = signUp(visitor, known.email(), "Whoever");
        var forUnknown = signUp(visitor, unknown, "Whoever");

        assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(302);
        assertThat(forKnown.headers().firstValue("Location")).isEqualTo(forUnknown.headers().firstValue("Location"));
        AccountMail mail = AccountMail.latest(known.email(), 1);
        assertThat(mail.subject()).isEqualTo("You already have an account");
        assertThat(mail.text()).contains(known.name()).doesNotContain("Whoever");
        assertThat(AccountMail.latest(unknown, 1).subject()).isEqualTo("Confirm your address");
    }

    @Test
    void forgottenPasswordIsResetByMailWhileStrangersLearnNothing() {
        var customer = people.customer();
        String stranger = Unique.email("nobody");
        var visitor = visitor("en");

        var forStranger = forgot(visitor, stranger);
        var forCustomer = forgot(visitor, customer.email());

        assertThat(forStranger.statusCode()).isEqualTo(forCustomer.statusCode()).isEqualTo(302);
        assertThat(forStranger.headers().firstValue("Location")).isEqualTo(forCustomer.headers().firstValue("Location"));
        AccountMail mail = AccountMail.latest(customer.email(), 1);
        assertThat(mail.subject()).isEqualTo("Choose a new password");
        assertThat(mail.html()).contains("href=\"").contains("/account/password?token=");

        var chosen = choosePassword(visitor, mail, "brand-new-secret-9");

        assertThat(chosen.statusCode()).isEqualTo(302);
        api.basic(customer.email(), "brand-new-secret-9").get("/api/v1/users/me").expect(200);
        api.as(customer).get("/api/v1/users/me").expectProblem(401); // the old password is gone
        assertThat(TestMail.to(stranger)).isEmpty();
    }

    @Test
    void aResetMakesTheOtherOpenLinksUseless() {
        var customer = people.customer();
        var visitor = visitor("en");
        forgot(visitor, customer.email());
        AccountMail first = AccountMail.latest(customer.email(), 1);
        forgot(visitor, customer.email());
        AccountMail second = AccountMail.latest(customer.email(), 2);
        assertThat(first.token()).isNotEqualTo(second.token());

        choosePassword(visitor, second, "second-link-pw-1");

        var old = visitor.get(first.path());
        assertThat(old.statusCode()).isEqualTo(410);
        assertThat(html(old).select("[role=alert]").text()).contains("already used");
        api.basic(customer.email(), "second-link-pw-1").get("/api/v1/users/me").expect(200);
    }

    @Test
    void forgedExpiredAndOverlongLinksAreRefusedPlainly() {
        var customer = people.customer();
        var visitor = visitor("en");
        forgot(visitor, customer.email());
        AccountMail mail = AccountMail.latest(customer.email(), 1);
        jdbc.update("update account_links set expires_at = created_at where email = ?", customer.email());

        var expired = visitor.get(mail.path());
        var forged = visitor.get("/account/password?token=" + mail.token().substring(1) + "x");
        var overlong = visitor.get("/account/password?token=" + "a".repeat(5000));
        var none = visitor.get("/account/password");
        var postExpired = visitor.post("/account/password", "token", mail.token(), "password", "whatever-pw-1",
                "confirmPassword", "whatever-pw-1");

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(html(expired).select("[role=alert]").text()).isEqualTo("This link has expired. Ask for a new one.");
        assertThat(expired.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(html(forged).select("[role=alert]").text()).startsWith("This link is not valid");
        assertThat(overlong.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(postExpired.statusCode()).isEqualTo(410);
        api.as(customer).get("/api/v1/users/me").expect(200); // the password did not change
    }

    @Test
    void theLinkPageRefusesAShortOrMistypedPasswordAndKeepsTheLink() {
        var customer = people.customer();
        var visitor = visitor("pt-BR");
        forgot(visitor, customer.email());
        AccountMail mail = AccountMail.latest(customer.email(), 1);
        visitor.get(mail.path());

        var shortOne = visitor.post("/account/password", "token", mail.token(), "password", "curta",
                "confirmPassword", "curta");
        var mismatch = visitor.post("/account/password", "token", mail.token(), "password", "uma-senha-boa-1",
                "confirmPassword", "outra-senha-boa-1");

        assertThat(shortOne.statusCode()).isEqualTo(422);
        assertThat(html(shortOne).select("#password-error").text()).contains("pelo menos 8");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(html(mismatch).select("#confirmPassword-error").text()).isNotBlank();
        assertThat(html(mismatch).select("input[name=token]").val()).isEqualTo(mail.token());
        assertThat(visitor.get(mail.path()).statusCode()).isEqualTo(200); // still usable
    }

    @Test
    void mailsToOneAddressAreLimitedWithoutTellingWhetherItHasAnAccount() {
        String address = Unique.email("flood");
        var visitor = visitor("en");
        for (int i = 0; i < 3; i++) {
            assertThat(forgot(visitor, address).statusCode()).isEqualTo(302);
        }

        var refused = forgot(visitor, address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(html(refused).select("[role=alert]").text()).startsWith("Too many requests for this address");
        assertThat(forgot(visitor, Unique.email("other")).statusCode()).isEqualTo(302); // others go on
    }

    @Test
    void aCustomerCreatedFromAnEmailSetsAPasswordThroughAnInvitation() {
        String email = Unique.email("from-mail");
        String raw = "From: Caio Lima <" + email + ">\r\nTo: suporte@atende.test\r\nSubject: Impressora\r\n"
                + "Message-ID: <" + Unique.name("m") + "@client.test>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nNão imprime.\r\n";
        long ticketId = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw",
                BodyPublishers.ofString(raw), "message/rfc822").expect(202).json().path("ticketId").asLong();
        long customerId = api.as(people.admin()).get("/api/v1/tickets/" + ticketId).expect(200).json()
                .path("customer").path("id").asLong();
        var agent = people.agent();

        var invited = api.as(agent).post("/api/v1/users/" + customerId + "/invite", Map.of()).expect(202).json();

        assertThat(invited.path("email").asString()).isEqualTo(email);
        assertThat(invited.path("expiresAt").asString()).isNotBlank();
        AccountMail mail = TestMail.await(email, 2).stream().map(AccountMail::of)
                .filter(m -> m.subject().contains("invited")).findFirst().orElseThrow();
        assertThat(mail.text()).contains("Caio Lima").contains(agent.name());
        var chosen = choosePassword(visitor("en"), mail, "caio-secret-42");
        assertThat(chosen.statusCode()).isEqualTo(302);
        var tickets = api.basic(email, "caio-secret-42").get("/api/v1/tickets").expect(200).json();
        assertThat(tickets.path("items").valueStream().map(t -> t.path("id").asLong())).contains(ticketId);
    }

    @Test
    void invitationsAreForAdminsAndForAgentsToCustomers() {
        var customer = people.customer();
        var otherCustomer = people.customer();
        var agent = people.agent();
        var otherAgent = people.agent();

        api.as(customer).post("/api/v1/users/" + otherCustomer.id() + "/invite", Map.of()).expectProblem(404);
        api.as(customer).post("/api/v1/users/" + customer.id() + "/invite", Map.of()).expectProblem(403);
        api.as(agent).post("/api/v1/users/" + otherAgent.id() + "/invite", Map.of()).expectProblem(403);
        api.as(people.admin()).post("/api/v1/users/" + otherAgent.id() + "/invite", Map.of()).expect(202);
        api.as(people.admin()).post("/api/v1/users/987654321/invite", Map.of()).expectProblem(404);
        api.anonymous().post("/api/v1/users/" + customer.id() + "/invite", Map.of()).expectProblem(401);
        api.as(people.admin()).patch("/api/v1/users/" + customer.id(), Map.of("active", false)).expect(200);
        var inactive = api.as(people.admin()).post("/api/v1/users/" + customer.id() + "/invite", Map.of())
                .expectProblem(409);
        assertThat(inactive.path("detail").asString()).contains("deactivated");
    }

    @Test
    void invitationsToOneAddressAreLimitedWithRetryAfter() {
        var customer = people.customer();
        for (int i = 0; i < 3; i++) {
            api.as(people.admin()).post("/api/v1/users/" + customer.id() + "/invite", Map.of()).expect(202);
        }

        var refused = api.as(people.admin()).language("pt-BR").post("/api/v1/users/" + customer.id() + "/invite",
                Map.of());

        assertThat(refused.expectProblem(429).path("detail").asString()).startsWith("Pedidos demais");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    @Test
    void hostileSignUpInputIsRefusedOrEscaped() {
        signupMode("open");
        var visitor = visitor("en");
        String email = Unique.email("hostile");

        var longName = signUp(visitor, Unique.email("long"), "n".repeat(201));
        var longEmail = signUp(visitor, "a".repeat(250) + "@x.test", "Ana");
        var forged = visitor.postWithoutToken("/signup", "email", Unique.email("csrf"), "name", "Ana");
        var script = signUp(visitor, email, "<script>alert(1)</script> Ana");

        assertThat(longName.statusCode()).isEqualTo(422);
        assertThat(html(longName).select("#name-error").text()).contains("200");
        assertThat(longEmail.statusCode()).isEqualTo(422);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(script.statusCode()).isEqualTo(302);
        AccountMail mail = AccountMail.latest(email, 1);
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        var page = visitor.get(mail.path());
        assertThat(html(page).select("main script")).isEmpty();
        assertThat(html(page).select("main p.muted").text()).contains("<script>alert(1)</script> Ana");
    }

    @Test
    void adminsSetTheSignUpModeThroughTheApi() {
        String domain = Unique.domain("acme");
        var admin = api.as(people.admin());

        var saved = admin.put("/api/v1/settings/signup", Api.json("mode", "domains", "domains",
                List.of(domain.toUpperCase(), "@" + domain))).expect(200).json();

        assertThat(saved.path("mode").asString()).isEqualTo("domains");
        assertThat(saved.path("domains").valueStream().map(d -> d.asString()).toList()).containsExactly(domain);
        assertThat(admin.get("/api/v1/settings/signup").expect(200).json().path("mode").asString()).isEqualTo("domains");
        admin.put("/api/v1/settings/signup", Api.json("mode", "sometimes")).expectProblem(422);
        admin.put("/api/v1/settings/signup", Api.json("mode", "domains", "domains", List.of())).expectProblem(422);
        admin.put("/api/v1/settings/signup", Api.json("mode", "domains", "domains", List.of("not a domain")))
                .expectProblem(422);
        api.as(people.agent()).get("/api/v1/settings/signup").expectProblem(403);
        api.as(people.customer()).put("/api/v1/settings/signup", Api.json("mode", "open")).expectProblem(403);
        admin.put("/api/v1/settings/signup", Api.json("mode", "invite_only")).expect(200);
    }

    @Test
    void timeZoneAndNoticesAreKeptPerPersonAndShownInMe() {
        var agent = people.agent();

        api.as(agent).patch("/api/v1/users/" + agent.id(), Api.json("timeZone", "America/Sao_Paulo",
                "notifications", Map.of("assigned", false))).expect(200);

        var me = api.as(agent).get("/api/v1/users/me").expect(200).json();
        assertThat(me.path("timeZone").asString()).isEqualTo("America/Sao_Paulo");
        assertThat(me.path("notifications").path("assigned").asBoolean()).isFalse();
        assertThat(me.path("notifications").path("newTicket").asBoolean()).isTrue();
        var bogus = api.as(agent).patch("/api/v1/users/" + agent.id(), Api.json("timeZone", "Mars/Olympus_Mons"))
                .expectProblem(422);
        assertThat(bogus.path("errors").get(0).path("field").asString()).isEqualTo("timeZone");
        api.as(agent).patch("/api/v1/users/" + agent.id(), Api.json("timeZone", "x".repeat(65))).expectProblem(422);
        api.as(agent).patch("/api/v1/users/" + agent.id(), Api.json("notifications", Map.of("everything", false)))
                .expectProblem(422);
        api.as(agent).patch("/api/v1/users/" + agent.id(), Api.json("notifications", Map.of("sla", "no")))
                .expectProblem(422);
        var customer = people.customer();
        api.as(customer).patch("/api/v1/users/" + customer.id(), Api.json("notifications", Map.of("sla", false)))
                .expectProblem(422);
        api.as(customer).patch("/api/v1/users/" + customer.id(), Api.json("timeZone", null)).expect(200);
    }

    @Test
    void theApiDescriptionListsTheAccountCalls() {
        var docs = api.get("/v3/api-docs").expect(200).json();

        var paths = docs.path("paths");
        assertThat(paths.path("/api/v1/settings/signup").has("get")).isTrue();
        assertThat(paths.path("/api/v1/settings/signup").has("put")).isTrue();
        assertThat(paths.path("/api/v1/users/{id}/invite").has("post")).isTrue();
        var schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("SignupJson").path("properties").path("mode").toString()).contains("invite_only");
        assertThat(schemas.path("UserJson").path("properties").has("timeZone")).isTrue();
        assertThat(schemas.path("UserJson").path("properties").has("notifications")).isTrue();
    }
}
