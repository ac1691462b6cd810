package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.Unique;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Admins configure mailboxes through the API: defaults, write-only passwords, clear refusals. */
abstract class MailboxApiSpec extends ApiSpec {

    private static final String MAILBOXES = "/api/v1/channels/email/mailboxes";

    private Map<String, Object> newMailbox(Object... overrides) {
        Map<String, Object> body = Api.json("name", Unique.name("Suporte"), "address", Unique.email("suporte"),
                "protocol", "imap", "host", "imap.example.test", "username", "suporte", "password", "s3cret-Ç",
                "active", false);
        body.putAll(Api.json(overrides));
        return body;
    }

    private long l1() {
        return api.as(people.admin()).get("/api/v1/groups").expect(200).json().valueStream()
                .filter(g -> g.path("name").asString().equals("L1")).findFirst().orElseThrow().path("id").asLong();
    }

    @Test
    void anAdminAddsAMailboxWithTheUsualDefaultsAndThePasswordIsNeverShown() {
        long group = l1();
        var response = api.as(people.admin()).post(MAILBOXES, newMailbox("group", group)).expect(201);
        JsonNode created = response.json();

        assertThat(response.header("Location")).isEqualTo(MAILBOXES + "/" + created.path("id").asLong());
        assertThat(created.path("port").asInt()).isEqualTo(993);
        assertThat(created.path("security").asString()).isEqualTo("tls");
        assertThat(created.path("folder").asString()).isEqualTo("INBOX");
        assertThat(created.path("pollIntervalSeconds").asInt()).isEqualTo(60);
        assertThat(created.path("passwordSet").asBoolean()).isTrue();
        assertThat(created.path("group").path("id").asLong()).isEqualTo(group);
        assertThat(created.path("group").path("name").asString()).isEqualTo("L1");
        assertThat(created.path("smtp").isNull()).isTrue();
        assertThat(created.path("lastError").isNull()).isTrue();
        assertThat(created.has("password")).isFalse();
        assertThat(response.body()).doesNotContain("s3cret");
        var fetched = api.as(people.admin()).get(MAILBOXES + "/" + created.path("id").asLong()).expect(200);
        assertThat(fetched.body()).doesNotContain("s3cret").doesNotContain("v1:");
        assertThat(api.as(people.admin()).get(MAILBOXES).expect(200).body()).doesNotContain("s3cret");
        String stored = jdbc.queryForObject("select password_enc from mail_mailboxes where id = ?", String.class,
                created.path("id").asLong());
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret");
    }

    @Test
    void aChangeTouchesOnlyTheFieldsSentAndThePortFollowsTheSecurityWhenLeftAtItsDefault() {
        long id = api.as(people.admin()).post(MAILBOXES, newMailbox()).expect(201).id();
        String sealed = sealedPassword(id);

        var starttls = api.as(people.admin()).patch(MAILBOXES + "/" + id, Api.json("security", "starttls"))
                .expect(200).json();
        assertThat(starttls.path("port").asInt()).isEqualTo(143);
        assertThat(starttls.path("host").asString()).isEqualTo("imap.example.test");
        assertThat(sealedPassword(id)).isEqualTo(sealed);

        var custom = api.as(people.admin()).patch(MAILBOXES + "/" + id,
                Api.json("port", 1143, "password", "new-password", "protocol", "pop3")).expect(200).json();
        assertThat(custom.path("port").asInt()).isEqualTo(1143);
        assertThat(custom.path("protocol").asString()).isEqualTo("pop3");
        assertThat(sealedPassword(id)).isNotEqualTo(sealed).startsWith("v1:");

        var withSmtp = api.as(people.admin()).patch(MAILBOXES + "/" + id, Api.json("smtp",
                Api.json("host", "smtp.example.test", "username", "suporte", "password", "smtp-pass"))).expect(200);
        assertThat(withSmtp.json().path("smtp").path("port").asInt()).isEqualTo(587);
        assertThat(withSmtp.json().path("smtp").path("security").asString()).isEqualTo("starttls");
        assertThat(withSmtp.json().path("smtp").path("passwordSet").asBoolean()).isTrue();
        assertThat(withSmtp.body()).doesNotContain("smtp-pass");
        assertThat(jdbc.queryForObject("select smtp_password_enc from mail_mailboxes where id = ?", String.class, id))
                .startsWith("v1:");

        var withoutSmtp = api.as(people.admin()).patch(MAILBOXES + "/" + id, Api.json("smtp", null)).expect(200).json();
        assertThat(withoutSmtp.path("smtp").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select smtp_password_enc from mail_mailboxes where id = ?", String.class, id))
                .isNull();
    }

    @Test
    void badValuesAreRefusedAllAtOnceFieldByField() {
        var unreadable = api.as(people.admin()).post(MAILBOXES, newMailbox("protocol", "smtp", "security", "ssl",
                "port", "993x", "colour", "blue", "smtp", Api.json("port", "x", "security", "ssl"))).expectProblem(422);
        var wrong = api.as(people.admin()).post(MAILBOXES, newMailbox("address", "not-an-address",
                "host", "bad host!", "port", 70000, "pollIntervalSeconds", 5, "group", 987654321,
                "smtp", Api.json("port", 0))).expectProblem(422);

        assertThat(fields(unreadable)).containsExactlyInAnyOrder("protocol", "security", "port", "colour", "smtp.port",
                "smtp.security");
        assertThat(fields(wrong)).containsExactlyInAnyOrder("address", "host", "port", "pollIntervalSeconds", "group",
                "smtp.host", "smtp.port");
        assertThat(wrong.path("errors").valueStream().map(e -> e.path("message").asString()))
                .noneMatch(m -> m.startsWith("error.")).contains("A port is a number from 1 to 65535.");
    }

    @Test
    void anActiveMailboxNeedsItsServerUserAndPassword() {
        var problem = api.as(people.admin()).post(MAILBOXES, Api.json("name", "Incompleta",
                "address", Unique.email("inc"), "active", true)).expectProblem(422);

        assertThat(fields(problem)).contains("host", "username", "password");
        api.as(people.admin()).post(MAILBOXES, Api.json("name", "Só endereço", "address", Unique.email("only"),
                "active", false)).expect(201);
    }

    @Test
    void twoMailboxesCannotShareAnAddressAndPollsAreTenSecondsToADayApart() {
        String address = Unique.email("shared");
        api.as(people.admin()).post(MAILBOXES, newMailbox("address", address)).expect(201);

        var taken = api.as(people.admin()).post(MAILBOXES, newMailbox("address", address.toUpperCase()))
                .expectProblem(422);
        var tooShort = api.as(people.admin()).post(MAILBOXES, newMailbox("pollIntervalSeconds", 9)).expectProblem(422);
        api.as(people.admin()).post(MAILBOXES, newMailbox("pollIntervalSeconds", 86400)).expect(201);

        assertThat(fields(taken)).containsExactly("address");
        assertThat(fields(tooShort)).containsExactly("pollIntervalSeconds");
        api.as(people.admin()).send("POST", MAILBOXES, "{\"name\": ", "application/json").expectProblem(400);
    }

    @Test
    void onlyAdminsSeeOrChangeMailboxesAndUnknownOnesAre404() {
        long id = api.as(people.admin()).post(MAILBOXES, newMailbox()).expect(201).id();
        var agent = people.agent();

        api.as(agent).get(MAILBOXES).expectProblem(403);
        api.as(agent).get(MAILBOXES + "/" + id).expectProblem(403);
        api.as(agent).post(MAILBOXES, newMailbox()).expectProblem(403);
        api.as(agent).patch(MAILBOXES + "/" + id, Api.json("name", "x")).expectProblem(403);
        api.as(agent).delete(MAILBOXES + "/" + id).expectProblem(403);
        api.as(agent).post(MAILBOXES + "/" + id + "/test", Api.json()).expectProblem(403);
        api.get(MAILBOXES).expectProblem(401);
        api.as(people.admin()).get(MAILBOXES + "/987654321").expectProblem(404);
        api.as(people.admin()).patch(MAILBOXES + "/987654321", Api.json("name", "x")).expectProblem(404);
        api.as(people.admin()).delete(MAILBOXES + "/987654321").expectProblem(404);
        api.as(people.admin()).post(MAILBOXES + "/987654321/test", Api.json()).expectProblem(404);
    }

    @Test
    void removingAMailboxKeepsTheMailsReceivedThroughIt() {
        long id = api.as(people.admin()).post(MAILBOXES, newMailbox()).expect(201).id();
        var piped = api.as(people.admin()).send("POST", "/api/v1/channels/email/raw?mailbox=" + id,
                BodyPublishers.ofByteArray(Mails.plain(Unique.name("kept") + "@c.test", Unique.email("kept"), "Kept",
                        "Still here")), "message/rfc822").expect(202).json();

        api.as(people.admin()).delete(MAILBOXES + "/" + id).expect(204);

        api.as(people.admin()).get(MAILBOXES + "/" + id).expectProblem(404);
        assertThat(jdbc.queryForObject("select count(*) from mail_inbound where id = ? and mailbox_id is null",
                Long.class, piped.path("inboundId").asLong())).isEqualTo(1);
        api.as(people.admin()).get("/api/v1/tickets/" + piped.path("ticketId").asLong()).expect(200);
    }

    @Test
    void theTestOfAnUnknownServerNamesTheDnsStepInTheCallersLanguage() {
        long id = api.as(people.admin()).post(MAILBOXES, newMailbox("host", "mail.nonexistent.invalid")).expect(201)
                .id();

        var english = api.as(people.admin()).post(MAILBOXES + "/" + id + "/test", Api.json()).expect(200).json();
        var portuguese = api.as(people.admin()).language("pt-BR").post(MAILBOXES + "/" + id + "/test", Api.json())
                .expect(200).json();

        assertThat(english.path("ok").asBoolean()).isFalse();
        assertThat(english.path("stage").asString()).isEqualTo("dns");
        assertThat(english.path("message").asString()).contains("mail.nonexistent.invalid").contains("could not be found");
        assertThat(portuguese.path("message").asString()).contains("não foi encontrado");
    }

    @Test
    void theApiDescriptionDocumentsTheMailboxCalls() {
        var description = api.get("/v3/api-docs").expect(200).json();

        assertThat(description.path("paths").path(MAILBOXES + "/{id}").has("patch")).isTrue();
        assertThat(description.path("paths").has(MAILBOXES + "/{id}/test")).isTrue();
        assertThat(description.path("components").path("schemas").path("MailboxBody").path("properties")
                .has("pollIntervalSeconds")).isTrue();
    }

    private String sealedPassword(long id) {
        return jdbc.queryForObject("select password_enc from mail_mailboxes where id = ?", String.class, id);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}
