package dev.atende.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The one search box: what it finds (accents, word forms, typos, numbers, notes), for whom
 * (never a ticket, note or person the caller may not see), and what it says to bad queries.
 * The index follows each commit within moments, so expectations are awaited, not assumed.
 */
abstract class SearchSpec extends ApiSpec {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void findsATicketWhateverTheAccentsCaseAndWordForm() {
        String marker = marker();
        long id = ticket(people.admin(), null, "Configuração da impressora " + marker, "Ela não imprime mais.");

        for (String query : List.of("configuracao " + marker, "CONFIGURAÇÕES " + marker, "impressoras " + marker,
                "Impressora " + marker)) {
            JsonNode hit = awaitHit(people.admin(), query, "ticket", id);
            assertThat(hit.path("title").asString()).as(query).contains("<mark>");
        }
    }

    @Test
    void findsWordsOfTheRepliesWithAHighlightedSnippet() {
        String marker = marker();
        TestUser admin = people.admin();
        long id = ticket(admin, null, "Printer " + marker, "The printer on the second floor shows error E-42.");
        api.as(admin).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "<p>Please restart the <b>spooler</b> service.</p>", "contentType", "text/html",
                        "visibility", "public")).expect(201);

        JsonNode hit = awaitHit(admin, "spooler " + marker, "ticket", id);
        assertThat(hit.path("snippet").asString()).contains("<mark>spooler</mark>").doesNotContain("<b>");
        assertThat(hit.path("details").path("number").asString()).isNotBlank();
        assertThat(hit.path("url").asString()).isEqualTo("/agent/tickets/" + id);
    }

    @Test
    void forgivesATypoWhenNothingMatchesExactly() {
        String marker = marker();
        long id = ticket(people.admin(), null, "Impressora travada " + marker, "Papel preso.");
        awaitHit(people.admin(), "impresora " + marker, "ticket", id);
    }

    @Test
    void aTicketNumberFindsThatTicketFirst() {
        long id = ticket(people.admin(), null, "Numbered " + marker(), "Body");
        String number = api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json().path("number")
                .asString();
        for (String query : List.of(number, "#" + number)) {
            await(() -> search(people.admin(), query, "type=ticket"),
                    answer -> !items(answer, "ticket").isEmpty() && items(answer, "ticket").get(0).path("id").asLong() == id);
        }
    }

    @Test
    void customersFindTheirOwnTicketsButNeverInternalNotesNorOthersTickets() {
        String marker = marker();
        TestUser customer = people.customer();
        TestUser stranger = people.customer();
        long id = ticket(customer, null, "Minha conta " + marker, "Não consigo entrar.");
        api.as(people.admin()).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "Cliente suspeito, verificar fraude " + marker, "visibility", "internal")).expect(201);

        awaitHit(customer, "conta " + marker, "ticket", id);
        JsonNode noteHit = awaitHit(people.admin(), "fraude " + marker, "ticket", id);
        assertThat(noteHit.path("snippet").asString()).contains("<mark>fraude</mark>");
        assertThat(noteHit.path("url").asString()).isEqualTo("/agent/tickets/" + id);

        assertThat(items(search(customer, "fraude " + marker, "type=ticket"), "ticket")).isEmpty();
        assertThat(items(search(stranger, "conta " + marker, "type=ticket"), "ticket")).isEmpty();
        JsonNode own = items(search(customer, "conta " + marker, "type=ticket"), "ticket").get(0);
        assertThat(own.path("url").asString()).isEqualTo("/portal/tickets/" + id);
        assertThat(own.path("snippet").asString()).doesNotContain("fraude");
    }

    @Test
    void agentsFindTicketsOfTheGroupsTheySeeOnly() {
        String marker = marker();
        long mine = group();
        long theirs = group();
        TestUser agent = people.agent(mine);
        long visible = ticket(people.admin(), mine, "Rede lenta " + marker, "Lentidão.");
        long hidden = ticket(people.admin(), theirs, "Rede lenta " + marker, "Lentidão.");

        awaitHit(people.admin(), "rede " + marker, "ticket", hidden);
        List<Long> found = ids(items(await(() -> search(agent, "rede " + marker, "type=ticket"),
                answer -> ids(items(answer, "ticket")).contains(visible)), "ticket"));
        assertThat(found).contains(visible).doesNotContain(hidden);
        assertThat(items(search(people.agent(), "rede " + marker, "type=ticket"), "ticket")).isEmpty();
    }

    @Test
    void filtersByStatusGroupChannelAndPeriodAndFollowsChanges() {
        String marker = marker();
        long group = group();
        long id = ticket(people.admin(), group, "Filtro " + marker, "Texto");
        awaitHit(people.admin(), "filtro " + marker, "ticket", id);

        assertThat(ids(items(search(people.admin(), "filtro " + marker, "type=ticket&status=solved"), "ticket")))
                .doesNotContain(id);
        assertThat(ids(items(search(people.admin(), "filtro " + marker,
                "type=ticket&group=" + group + "&channel=api,web&from=2020-01-01&to=2999-12-31"), "ticket")))
                .contains(id);
        assertThat(ids(items(search(people.admin(), "filtro " + marker, "type=ticket&from=2999-01-01"), "ticket")))
                .doesNotContain(id);

        api.as(people.admin()).patch("/api/v1/tickets/" + id, Api.json("status", "solved"))
                .expect(200);
        await(() -> search(people.admin(), "filtro " + marker, "type=ticket&status=solved"),
                answer -> ids(items(answer, "ticket")).contains(id));
    }

    @Test
    void staffFindPeopleByPartOfTheirNameOrAddressCustomersFindNobody() {
        String surname = "Zanetti" + marker();
        TestUser customer = people.create(Role.CUSTOMER, Map.of("name", "Ana Júlia " + surname));
        TestUser agent = people.agent();

        JsonNode person = items(await(() -> search(agent, "ana " + surname.substring(0, 9), "type=user"),
                answer -> ids(items(answer, "user")).contains(customer.id())), "user").stream()
                .filter(hit -> hit.path("id").asLong() == customer.id()).findFirst().orElseThrow();
        assertThat(person.path("details").path("email").asString()).isEqualTo(customer.email());
        awaitHit(agent, "julia " + surname, "user", customer.id());
        awaitHit(agent, customer.email(), "user", customer.id());

        assertThat(items(search(customer, surname, "type=user"), "user")).isEmpty();
        assertThat(items(search(customer, surname, "type=organization"), "organization")).isEmpty();
    }

    @Test
    void findsOrganizationsByNameAndDomain() {
        String domain = Unique.domain("fabrica");
        long id = api.as(people.admin()).post("/api/v1/organizations",
                Api.json("name", Unique.name("Fábrica Modelo"), "domains", List.of(domain))).expect(201).id();
        awaitHit(people.admin(), domain, "organization", id);
    }

    @Test
    void followsRenamesOfPeople() {
        TestUser customer = people.customer();
        String newName = "Renamed " + marker();
        api.as(people.admin()).patch("/api/v1/users/" + customer.id(), Api.json("name", newName)).expect(200);
        awaitHit(people.admin(), newName, "user", customer.id());
    }

    @Test
    void hostileTextComesBackEscaped() {
        String marker = marker();
        long id = ticket(people.admin(), null, "<img src=x onerror=alert(1)> " + marker, "<script>alert(2)</script>");
        JsonNode hit = awaitHit(people.admin(), marker, "ticket", id);
        assertThat(hit.path("title").asString()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void queriesWithSyntaxCharactersOrMixedScriptsAnswerWithoutFailing() {
        TestUser admin = people.admin();
        for (String query : List.of("\"(foo AND", "~*?", "a:b:c [1 TO", "-", "||", "\\", "принтер 打印机 impressora",
                "🙂 emoji", "NOT", "*", "\"\"", "%00", "ação)")) {
            search(admin, query, "");
        }
        search(people.customer(), "(\"", "");
    }

    @Test
    void emptyTooLongAndMalformedRequestsGetAClearProblem() {
        TestUser admin = people.admin();
        assertThat(api.as(admin).get("/api/v1/search").expectProblem(422).path("errors").get(0).path("field")
                .asString()).isEqualTo("q");
        api.as(admin).get("/api/v1/search?q=%20%20").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=" + "a".repeat(201)).expectProblem(422);
        assertThat(api.as(admin).get("/api/v1/search?q=" + "a".repeat(20_000)).status()).isIn(400, 414, 422);
        api.as(admin).get("/api/v1/search?q=x&type=tickets").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&status=bogus").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&channel=fax").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&from=yesterday").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&from=2026-02-01&to=2026-01-01").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&size=500").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&page=-1").expectProblem(422);
        api.as(admin).get("/api/v1/search?q=x&group=abc").expectProblem(400);
        api.anonymous().get("/api/v1/search?q=x").expectProblem(401);
    }

    @Test
    void onlyAdminsSeeAndRebuildTheIndexWhichKeepsFindingEverything() {
        String marker = marker();
        long id = ticket(people.admin(), null, "Rebuild " + marker, "Body");
        awaitHit(people.admin(), "rebuild " + marker, "ticket", id);

        api.as(people.agent()).post("/api/v1/search/index/rebuild", Map.of()).expectProblem(403);
        api.as(people.customer()).get("/api/v1/search/index").expectProblem(403);
        JsonNode started = api.as(people.admin()).post("/api/v1/search/index/rebuild", Map.of()).expect(202).json();
        assertThat(started.path("startedAt").isNull()).isFalse();

        await(() -> api.as(people.admin()).get("/api/v1/search/index").expect(200).json(),
                status -> !status.path("rebuilding").asBoolean() && !status.path("finishedAt").isNull());
        awaitHit(people.admin(), "rebuild " + marker, "ticket", id);
    }

    @Test
    void theApiDescriptionListsTheSearchCalls() {
        JsonNode paths = api.get("/v3/api-docs").expect(200).json().path("paths");
        assertThat(paths.path("/api/v1/search").path("get").path("description").asString()).contains("ticket number");
        assertThat(paths.path("/api/v1/search/index").has("get")).isTrue();
        assertThat(paths.path("/api/v1/search/index/rebuild").has("post")).isTrue();
    }

    // --- helpers

    private static String marker() {
        return "mk" + Unique.name("").substring(1).toLowerCase();
    }

    private long group() {
        return api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Search"), "level", 1))
                .expect(201).id();
    }

    private long ticket(TestUser as, Long group, String subject, String body) {
        var request = Api.json("subject", subject, "body", body);
        if (group != null) {
            request.put("group", group);
        }
        if (as.role() != Role.CUSTOMER) {
            request.put("customer", Map.of("email", Unique.email("searcher"), "name", "Searcher"));
        }
        return api.as(as).post("/api/v1/tickets", request).expect(201).id();
    }

    private JsonNode search(TestUser as, String query, String parameters) {
        return api.as(as).get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (parameters.isEmpty() ? "" : "&" + parameters)).expect(200).json();
    }

    private static List<JsonNode> items(JsonNode answer, String type) {
        for (JsonNode results : answer.path("results")) {
            if (results.path("type").asString().equals(type)) {
                return results.path("items").valueStream().toList();
            }
        }
        throw new AssertionError("no " + type + " results in " + answer);
    }

    private static List<Long> ids(List<JsonNode> hits) {
        return hits.stream().map(hit -> hit.path("id").asLong()).toList();
    }

    private JsonNode awaitHit(TestUser as, String query, String type, long id) {
        JsonNode answer = await(() -> search(as, query, "type=" + type), found -> ids(items(found, type)).contains(id));
        return items(answer, type).stream().filter(hit -> hit.path("id").asLong() == id).findFirst().orElseThrow();
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> call, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode last = call.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not found within " + PATIENCE + ": " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = call.get();
        }
        return last;
    }
}
